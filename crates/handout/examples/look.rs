//! Writes the fixture's handouts in every wording into a folder, to look
//! at: `cargo run -p kohtaamo-handout --example look -- /tmp/handout-look`,
//! then `pdftoppm -png -r 60 plan-fi.pdf plan-fi`. Synthetic data only.

#[path = "../tests/fixture/mod.rs"]
#[allow(dead_code)]
mod fixture;

use kohtaamo_handout::{info_sheet_pdf, plan_pdf, Options, Wording};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/handout-look".to_owned());
    std::fs::create_dir_all(&folder)?;
    for wording in Wording::ALL {
        let mut case = fixture::case(wording.language());
        if std::env::var_os("LOOK_STRESS").is_some() {
            stress(&mut case);
        }
        let options = Options {
            wording,
            today: fixture::today(),
        };
        let code = serde_json::to_value(wording)?;
        let code = code.as_str().unwrap_or("wording");
        std::fs::write(
            format!("{folder}/plan-{code}.pdf"),
            plan_pdf(&case, &options)?,
        )?;
        std::fs::write(
            format!("{folder}/info-{code}.pdf"),
            info_sheet_pdf(&case, &options)?,
        )?;
    }
    println!("{folder}");
    Ok(())
}

/// The longest texts the model lets through, to see that nothing runs
/// outside the margins.
fn stress(case: &mut kohtaamo_model::case::stored::Case) {
    for (_, p) in &mut case.professionals {
        p.secure_email = format!("{}@hyvinvointialue-esimerkki.example", "a".repeat(60));
        p.name = format!("{} Pitkänimisempi-Esimerkkinen", p.name);
        p.phone = "+358 40 123 4567 (arkisin 8–16, muuten vastaaja)".to_owned();
    }
    case.client.name = "Aino-Maria Kristiina Esimerkki-Pitkänimisempi".to_owned();
    if let Some(plan) = case.plan_versions.last_mut() {
        for goal in &mut plan.record.goals {
            goal.text = goal.text.repeat(4);
            for action in &mut goal.actions {
                action.text = format!("{} https://www.example.fi/{}", action.text, "x".repeat(90));
            }
        }
    }
}
