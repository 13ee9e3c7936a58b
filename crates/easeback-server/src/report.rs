//! The clinician report: the last N weeks of the diary on one or two A4
//! pages — episodes per week (chart and table), the pain trend, triggers,
//! what helped, the diary check and what Easeback advised, relief sessions,
//! and the person's notes. Rendered as a PDF (krilla, with the shipped
//! DejaVu Sans font) and as a print-friendly HTML page.

use crate::AppState;
use easeback_core::diary::{self, Insights, SessionSummary};
use easeback_core::pregnancy::Gestation;
use easeback_core::triage::assess;
use easeback_core::{Assessment, Content};
use easeback_store::{Store, StoreError, UserId};
use jiff::{SignedDuration, Timestamp};
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

/// Everything the report shows, gathered once.
pub struct ReportData {
    pub weeks: u16,
    pub from: String,
    pub to: String,
    pub pregnancy: Option<String>,
    pub insights: Insights,
    pub assessment: Assessment,
    pub sessions: SessionSummary,
    /// (date, pain, note) of entries with notes, newest first.
    pub notes: Vec<(String, u8, String)>,
}

pub async fn gather(
    content: &'static Content,
    store: &impl Store,
    user: &UserId,
    weeks: u16,
    now: Timestamp,
) -> Result<ReportData, StoreError> {
    let weeks = weeks.clamp(1, 52);
    let since = now - SignedDuration::from_hours(24 * 7 * i64::from(weeks));
    let entries = store.entries_since(user, since).await?;
    let factors = store
        .factors_since(user, jiff::tz::Offset::UTC.to_datetime(since).date())
        .await?;
    let outcomes = store.session_outcomes(user, 500).await?;
    let profile = store.profile(user).await?;
    let region = profile.region.as_deref().and_then(|r| content.region(r));
    let today = jiff::tz::Offset::UTC.to_datetime(now).date();
    let pregnancy = profile
        .due_date
        .and_then(|d| Gestation::from_due_date(d, today).ok())
        .map(|g| g.describe());
    let insights = diary::insights(content, &entries, &factors, now, 0, weeks);
    let assessment = assess(content, &insights.findings, region);
    let recent: Vec<_> = outcomes
        .into_iter()
        .filter(|o| o.started_at >= since)
        .collect();
    let mut notes: Vec<(String, u8, String)> = entries
        .iter()
        .filter(|e| !e.notes.trim().is_empty())
        .map(|e| {
            (
                jiff::tz::Offset::UTC
                    .to_datetime(e.started_at)
                    .strftime("%Y-%m-%d")
                    .to_string(),
                e.intensity,
                e.notes.clone(),
            )
        })
        .collect();
    notes.reverse();
    notes.truncate(8);
    Ok(ReportData {
        weeks,
        from: jiff::tz::Offset::UTC.to_datetime(since).date().to_string(),
        to: today.to_string(),
        pregnancy,
        sessions: diary::session_summary(content, &recent),
        insights,
        assessment,
        notes,
    })
}

/// The report as lines of text (shared by PDF and checks).
pub fn lines(r: &ReportData) -> Vec<(Style, String)> {
    let mut out = vec![
        (Style::Title, "Easeback diary report".to_string()),
        (
            Style::Small,
            format!(
                "Back spasms in pregnancy, {} to {} ({} weeks). Not a diagnosis.",
                r.from, r.to, r.weeks
            ),
        ),
    ];
    if let Some(p) = &r.pregnancy {
        out.push((Style::Body, p.clone()));
    }
    let i = &r.insights;
    out.push((Style::Heading, "Summary".into()));
    out.push((
        Style::Body,
        format!(
            "Episodes: {} in {} weeks; {} in the last 7 days.",
            i.entries, r.weeks, i.episodes_last_7_days
        ),
    ));
    out.push((
        Style::Body,
        format!(
            "Nights woken by pain in the last 7: {}.",
            i.nights_woken_last_7
        ),
    ));
    match &i.trend {
        Some(t) => out.push((
            Style::Body,
            format!(
                "Pain trend: {:+.2} points per week over {} weeks (Theil–Sen).",
                t.slope_per_week, t.weeks
            ),
        )),
        None => out.push((
            Style::Body,
            "Pain trend: not enough weeks with entries.".into(),
        )),
    }
    out.push((Style::Chart, String::new()));
    out.push((Style::Heading, "Per week".into()));
    for w in &i.weekly {
        out.push((
            Style::Small,
            format!(
                "Week from {}: {} episodes, mean pain {}",
                w.from,
                w.episodes,
                w.mean_pain.map_or("–".into(), |m| format!("{m:.1}"))
            ),
        ));
    }
    out.push((Style::Heading, "Diary check and advice given".into()));
    if r.assessment.findings.is_empty() {
        out.push((
            Style::Body,
            "No diary pattern that calls for a review.".into(),
        ));
    }
    for f in &r.assessment.findings {
        out.push((Style::Body, format!("• {}", f.label)));
    }
    out.push((
        Style::Body,
        format!(
            "Advised: {} — {}",
            r.assessment.title, r.assessment.headline
        ),
    ));
    out.push((Style::Heading, "Triggers".into()));
    if i.by_trigger.is_empty() {
        out.push((Style::Body, "None recorded.".into()));
    }
    for c in &i.by_trigger {
        out.push((Style::Body, format!("{}: {}", c.label, c.count)));
    }
    out.push((Style::Heading, "What helped (3 or more uses)".into()));
    if i.what_helped.is_empty() {
        out.push((Style::Body, "Not enough uses recorded yet.".into()));
    }
    for h in &i.what_helped {
        out.push((
            Style::Body,
            format!(
                "{}: helped {} of {}{}",
                h.label,
                h.helped,
                h.tried,
                h.mean_pain_drop
                    .map(|d| format!(", pain down {d:.1}"))
                    .unwrap_or_default()
            ),
        ));
    }
    out.push((Style::Heading, "Relief sessions".into()));
    out.push((
        Style::Body,
        format!(
            "{} sessions; {} stopped for advice.",
            r.sessions.sessions, r.sessions.escalated
        ),
    ));
    for h in &r.sessions.helped {
        out.push((
            Style::Body,
            format!("{} helped in {} session(s)", h.label, h.count),
        ));
    }
    if !r.notes.is_empty() {
        out.push((Style::Heading, "Notes".into()));
        for (d, p, n) in &r.notes {
            let n: String = n.chars().take(220).collect();
            out.push((Style::Small, format!("{d} (pain {p}/10): {n}")));
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Heading,
    Body,
    Small,
    Chart,
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

/// Render the PDF.
pub fn pdf(r: &ReportData) -> Result<Vec<u8>, String> {
    let regular = Font::new(Arc::new(REGULAR.to_vec()).into(), 0).ok_or("font")?;
    let bold = Font::new(Arc::new(BOLD.to_vec()).into(), 0).ok_or("font")?;
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title("Easeback diary report".into())
            .language("en".into()),
    );
    let settings = || PageSettings::from_wh(W, H).ok_or("page size");
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
    for (style, text) in lines(r) {
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
            if pages >= 2 {
                break; // the report stays within two pages
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
            let weekly = &r.insights.weekly;
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
            let mut figure = TagGroup::new(Tag::Figure(Some(format!("Episodes per week. {alt}"))));
            figure.push(chart_id);
            tree.push(figure);
            let caption_id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            surface.draw_text(
                Point::from_xy(MARGIN, y + 95.0),
                regular.clone(),
                8.0,
                "Episodes per week, oldest on the left",
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
    doc.finish().map_err(|e| format!("{e:?}"))
}

/// Report data for the signed-in web user.
pub async fn for_user(st: &AppState, user: &UserId, weeks: u16) -> Result<ReportData, StoreError> {
    gather(st.content, &st.store, user, weeks, Timestamp::now()).await
}
