//! Small terminal charts: sparklines and horizontal bars from block
//! characters, so insights read at a glance without a plotting library.

const TICKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A sparkline; `None` values (no data) show as a space.
pub fn sparkline(values: &[Option<f64>], max: Option<f64>) -> String {
    let top = max.unwrap_or_else(|| values.iter().flatten().copied().fold(0.0, f64::max));
    values
        .iter()
        .map(|v| match v {
            None => ' ',
            Some(_) if top <= 0.0 => TICKS[0],
            Some(x) => {
                let i = ((x / top) * (TICKS.len() - 1) as f64)
                    .round()
                    .clamp(0.0, (TICKS.len() - 1) as f64);
                TICKS[i as usize]
            }
        })
        .collect()
}

/// A bar `width` cells long at most, scaled to `max`.
pub fn bar(value: u32, max: u32, width: usize) -> String {
    if max == 0 {
        return String::new();
    }
    let cells = ((value as f64 / max as f64) * width as f64)
        .round()
        .max(if value > 0 { 1.0 } else { 0.0 });
    "█".repeat(cells as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparkline_scales_and_marks_gaps() {
        assert_eq!(
            sparkline(&[Some(0.0), Some(5.0), None, Some(10.0)], Some(10.0)),
            "▁▅ █"
        );
        assert_eq!(sparkline(&[], None), "");
    }

    #[test]
    fn bars_never_vanish_for_nonzero_values() {
        assert_eq!(bar(1, 100, 10), "█");
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(0, 10, 4), "");
    }
}
