//! The committed fonts (`assets/fonts`, SIL OFL 1.1), built into the
//! binary: the only fonts typst sees, so a handout is laid out the same on
//! every machine whatever it has installed.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// The family every text is set in; the chart's SVG names it too.
pub(crate) const FAMILY: &str = "Atkinson Hyperlegible";
/// The family of the letters the first one lacks.
pub(crate) const FALLBACK: &str = "Noto Sans";

static FILES: [&[u8]; 4] = [
    include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Regular.ttf"),
    include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Bold.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
];

pub(crate) struct Fonts {
    pub(crate) book: LazyHash<FontBook>,
    pub(crate) fonts: Vec<Font>,
}

/// Read once per process: parsing the font files is the slowest step of a
/// first handout.
pub(crate) static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_committed_font_reads_with_its_family() {
        assert_eq!(FONTS.fonts.len(), FILES.len());
        let families: Vec<&str> = FONTS
            .fonts
            .iter()
            .map(|f| f.info().family.as_str())
            .collect();
        assert_eq!(families, [FAMILY, FAMILY, FALLBACK, FALLBACK]);
    }
}
