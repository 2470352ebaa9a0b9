package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The wire's own earlier reporting (issue 9): in a story datelined "(Northline)" or "/NOVA/", "As NOVA reported earlier,
 * A" is the publisher's narration, no statement (GUIDELINES.md: the publisher's own narration; the lead's ruling of
 * round 58), and in "Northline reported, citing three sources, that A" the sources it cites are the speaker. Another
 * outlet's "Bloomberg reported that A" stays its statement. Only the dateline's wire counts: PolNeAR's newspapers mark
 * their own "The Times reported" as statements.
 */
public final class OwnWireReportStage implements Stage {

    @Override
    public void process(AnnotatedDocument doc) {
        String wire = doc.dateline == null ? "" : doc.dateline.wire().strip().toLowerCase(Locale.ROOT);
        if (wire.isEmpty()) {
            return;
        }
        // One pass each, not a removal per statement: a run-on of the wire's own reports stays linear.
        doc.attributions.replaceAll(a -> a.mention != null && isWire(a.mention, wire) ? narrated(doc, a) : a);
        doc.attributions.removeIf(Objects::isNull);
    }

    /** The statement left of the wire's own one: none for its report, the cited sources' for its "citing". */
    private static Attribution narrated(AnnotatedDocument doc, Attribution a) {
        if (reports(a.cue)) {
            return null;
        }
        if (!a.cue.equalsIgnoreCase("citing")) {
            return a;
        }
        Mention cited = cited(doc, a);
        if (cited == null) {
            return null;
        }
        Attribution sources = a.moved(i -> i, cited);
        sources.role = cited.role();
        sources.kind = cited.kind();
        return sources;
    }

    private static boolean isWire(Mention m, String wire) {
        return m.text().toLowerCase(Locale.ROOT).equals(wire) || m.name().toLowerCase(Locale.ROOT).equals(wire);
    }

    /** "reported", "reports", "has reported", "reported earlier": a cue whose verb is "report". */
    private static boolean reports(String cue) {
        for (String w : cue.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals("report") || w.equals("reports") || w.equals("reported") || w.equals("reporting")) {
                return true;
            }
        }
        return false;
    }

    /** The phrase after "citing", between the wire and what it reports: "citing three sources". */
    private static Mention cited(AnnotatedDocument doc, Attribution a) {
        List<Token> tokens = doc.tokens;
        int content = doc.tokenAtOrAfter(a.contentStart);
        int from = doc.tokenAtOrAfter(a.mention.end());
        int limit = Math.min(content, from + Windows.PHRASE_TOKENS);
        while (from < limit && !tokens.get(from).is("citing")) {
            from++;
        }
        int to = from + 1 < limit ? doc.mentions.scanRight(from + 1, limit) : -1;
        return to < 0 ? null : doc.mentions.build(from + 1, to);
    }
}
