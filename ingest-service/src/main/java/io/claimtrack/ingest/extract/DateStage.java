package io.claimtrack.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Statement dates the text gives near the cue ("said in late 2024", "said on Tuesday"), resolved
 * against the dateline or publication date. Left empty when the statement is dated by publication.
 */
public final class DateStage implements Stage {

    /**
     * The weekdays by their English name in lower case, made once: asking {@link DayOfWeek#getDisplayName} at every token
     * after "in" or "on" was 6 % of a first 1 MB run of question turns.
     */
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    @Override
    public void process(AnnotatedDocument doc) {
        LocalDate anchor = doc.anchorDate();
        for (Attribution a : doc.attributions) {
            // A method per statement: this loop runs once per document, so a long text's first read would otherwise
            // run its body interpreted.
            date(doc, a, anchor);
        }
    }

    /** Sets the statement's date to the one the text gives near it, unless that is the anchor's. */
    private static void date(AnnotatedDocument doc, Attribution a, LocalDate anchor) {
        if (a.mention == null) {
            return;
        }
        int from = Math.min(a.mention.start(), a.contentStart);
        int to = Math.max(a.mention.end(), a.contentEnd);
        Sentence s = doc.sentenceAt(a.mention.start());
        if (s == null) {
            return;
        }
        String date = null;
        List<Token> tokens = doc.tokens(s);
        // From the first token within reach, not the sentence's first: one long sentence may hold thousands of statements.
        int first = Math.max(0, doc.tokenAtOrAfter(from - Windows.DATE_OUTSIDE_CONTENT_CHARS) - s.firstToken());
        for (int i = first; i < tokens.size() && date == null && tokens.get(i).start() <= to + Windows.DATE_OUTSIDE_CONTENT_CHARS; i++) {
            Token t = tokens.get(i);
            if (t.start() < a.contentStart || t.start() >= a.contentEnd) {
                date = dateAt(tokens, i, anchor);
            }
        }
        // A teaser of another article was not said on this page's date: only a year it names is kept.
        if (doc.isRelated(a.block) && date != null && date.length() != 4) {
            date = null;
        }
        if (date != null && (anchor == null || !date.equals(anchor.toString()))) {
            a.date = date;
        }
    }

    /** A date expression starting at token i, after "in" or "on": a year, a weekday, a month and day. */
    private static String dateAt(List<Token> tokens, int i, LocalDate anchor) {
        Token t = tokens.get(i);
        if (i == 0 || !(tokens.get(i - 1).is("in") || tokens.get(i - 1).is("on") || tokens.get(i - 1).is("late")
                || tokens.get(i - 1).is("early") || tokens.get(i - 1).is("mid"))) {
            return t.is("yesterday") && anchor != null ? anchor.minusDays(1).toString() : null;
        }
        if (t.type() == Token.Type.NUMBER && t.text().length() == 4 && (t.text().startsWith("19") || t.text().startsWith("20"))) {
            return t.text();
        }
        DayOfWeek day = weekday(t.lower());
        if (day != null && anchor != null) {
            return anchor.with(TemporalAdjusters.previousOrSame(day)).toString();
        }
        Month month = t.isCapitalized() ? StructureStage.parseMonth(t.lower()) : null;
        if (month != null && i + 1 < tokens.size() && tokens.get(i + 1).type() == Token.Type.NUMBER) {
            try {
                int dayOfMonth = Integer.parseInt(tokens.get(i + 1).text());
                int year = anchor != null ? anchor.getYear() : LocalDate.now().getYear();
                return LocalDate.of(year, month, dayOfMonth).toString();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> days = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
        }
        return Map.copyOf(days);
    }

    private static DayOfWeek weekday(String lower) {
        return WEEKDAYS.get(lower);
    }
}
