//! The clinician report as a tagged A4 PDF of at most six pages (the
//! summary fits the first; the episode list and notes follow): the
//! report's lines (`easeback_core::report`) laid out with krilla in the
//! shipped DejaVu Sans, the weekly chart drawn as a figure with its
//! numbers as alternative text. Layout only: every word comes from core.

use easeback_core::report::{Report, Style};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::tagging::{ContentTag, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use std::num::NonZeroU16;
use std::sync::Arc;

const REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the shipped font could not be read")]
    Font,
    #[error("the page size was refused")]
    PageSize,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

const W: f32 = 595.0;
const H: f32 = 842.0;
const MARGIN: f32 = 50.0;

/// Break `text` into lines that fit `width` points at `size` (by an average glyph width).
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let per_line = ((width / (size * 0.55)) as usize).max(10);
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > per_line {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(line);
    out
}

/// The most pages a report runs to.
const MAX_PAGES: usize = 6;

/// Render the PDF.
pub fn pdf(r: &Report) -> Result<Vec<u8>, PdfError> {
    // the words around the report's own lines, in the report's language
    let lang = r.overview.lang;
    let say = |id: &str| easeback_core::lang::Texts::builtin().get(lang, id);
    let regular = Font::new(Arc::new(REGULAR.to_vec()).into(), 0).ok_or(PdfError::Font)?;
    let bold = Font::new(Arc::new(BOLD.to_vec()).into(), 0).ok_or(PdfError::Font)?;
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(say("report-title"))
            .language(lang.tag().into()),
    );
    let settings = || PageSettings::from_wh(W, H).ok_or(PdfError::PageSize);
    let mut page = doc.start_page_with(settings()?);
    let mut surface = page.surface();
    let mut y = MARGIN;
    let ink = Fill {
        paint: rgb::Color::new(27, 27, 31).into(),
        ..Default::default()
    };
    let blue = Fill {
        paint: rgb::Color::new(0, 91, 143).into(),
        ..Default::default()
    };
    surface.set_fill(Some(ink.clone()));
    let mut pages = 1;
    // a tagged PDF: headings, paragraphs and the chart as a figure, in reading order
    let mut tree = TagTree::new();
    for (style, text) in r.lines() {
        let (font, size, before) = match style {
            Style::Title => (&bold, 20.0, 0.0),
            Style::Heading => (&bold, 13.0, 10.0),
            Style::Body => (&regular, 10.5, 0.0),
            Style::Small => (&regular, 9.0, 0.0),
            Style::Chart => (&regular, 9.0, 6.0),
        };
        let needed = if style == Style::Chart {
            110.0
        } else {
            size * 1.5 + before
        };
        if y + needed > H - MARGIN {
            if pages >= MAX_PAGES {
                break; // a bound on any diary; 60 episodes and 8 notes fit well within it
            }
            surface.finish();
            page.finish();
            page = doc.start_page_with(settings()?);
            surface = page.surface();
            surface.set_fill(Some(ink.clone()));
            y = MARGIN;
            pages += 1;
        }
        y += before;
        if style == Style::Chart {
            let weekly = &r.overview.insights.weekly;
            let max = weekly.iter().map(|w| w.episodes).max().unwrap_or(0).max(1) as f32;
            let slot = (W - 2.0 * MARGIN) / weekly.len().max(1) as f32;
            let chart_id = surface.start_tagged(ContentTag::Other);
            surface.set_fill(Some(blue.clone()));
            for (k, w) in weekly.iter().enumerate() {
                let h = 80.0 * w.episodes as f32 / max;
                if h > 0.0 {
                    let mut pb = PathBuilder::new();
                    if let Some(rect) =
                        Rect::from_xywh(MARGIN + k as f32 * slot + 3.0, y + 80.0 - h, slot - 6.0, h)
                    {
                        pb.push_rect(rect);
                    }
                    if let Some(path) = pb.finish() {
                        surface.draw_path(&path);
                    }
                }
            }
            surface.set_fill(Some(ink.clone()));
            surface.end_tagged();
            let alt = weekly
                .iter()
                .map(|w| format!("{}: {}", w.from, w.episodes))
                .collect::<Vec<_>>()
                .join("; ");
            let mut figure =
                TagGroup::new(Tag::Figure(Some(format!("{} {alt}", say("pdf-chart-alt")))));
            figure.push(chart_id);
            tree.push(figure);
            let caption_id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            surface.draw_text(
                Point::from_xy(MARGIN, y + 95.0),
                regular.clone(),
                8.0,
                &say("pdf-chart-caption"),
                false,
                TextDirection::Auto,
            );
            surface.end_tagged();
            let mut caption = TagGroup::new(Tag::P);
            caption.push(caption_id);
            tree.push(caption);
            y += 105.0;
            continue;
        }
        let mut group = match style {
            Style::Title => TagGroup::new(Tag::Hn(NonZeroU16::MIN, Some(text.clone()))),
            Style::Heading => TagGroup::new(Tag::Hn(
                NonZeroU16::MIN.saturating_add(1),
                Some(text.clone()),
            )),
            _ => TagGroup::new(Tag::P),
        };
        for l in wrap(&text, size, W - 2.0 * MARGIN) {
            y += size * 1.4;
            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            surface.draw_text(
                Point::from_xy(MARGIN, y),
                font.clone(),
                size,
                &l,
                false,
                TextDirection::Auto,
            );
            surface.end_tagged();
            group.push(id);
        }
        tree.push(group);
    }
    surface.finish();
    page.finish();
    doc.set_tag_tree(tree);
    doc.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}
