package io.claimtrack.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** One extracted statement as it appeared in its document, linked to the claim and speaker it fed. */
public class StoredStatement {
    public String speakerName;
    public String mention;
    public String role;
    public String kind;
    public String content;
    public int start;
    public int end;
    /** What was said when a speaker and cue interrupt it, in order inside the span; null when the content is all of it. */
    public List<Part> parts;
    public String cue;
    public String type;
    /** The statement's date after the date rules; {@code date} as the extractor sent it is not kept apart. */
    public String date;
    /** "main" (the article) or "related" (a teaser or related-story block of the page). */
    public String region;
    public Boolean nested;
    public String via;
    public Double confidence;
    public String claimId;
    public String speakerId;

    /**
     * What was said: the content, or its parts joined by a space. A claim's words, so "A, she said, B" is the claim
     * "A B" another outlet printed without the interruption.
     */
    public String said() {
        if (parts == null) {
            return content;
        }
        StringJoiner said = new StringJoiner(" ");
        for (Part p : parts) {
            said.add(content.substring(p.start - start, p.end - start));
        }
        return said.toString();
    }

    /**
     * Moves the statement to {@code [newStart, newEnd)} of {@code text} (an editor's new span). The interruptions between
     * its parts stay out of what was said wherever the new span still holds them; with none left inside, it has no parts.
     */
    public void respan(int newStart, int newEnd, String text) {
        if (parts != null) {
            List<Part> kept = new ArrayList<>();
            int from = newStart;
            for (int k = 0; k + 1 < parts.size(); k++) {
                int gapStart = Math.max(parts.get(k).end, from);
                int gapEnd = Math.min(parts.get(k + 1).start, newEnd);
                if (gapStart < gapEnd) {
                    if (from < gapStart) {
                        kept.add(new Part(from, gapStart));
                    }
                    from = gapEnd;
                }
            }
            if (from < newEnd) {
                kept.add(new Part(from, newEnd));
            }
            boolean whole = kept.size() == 1 && kept.get(0).start == newStart && kept.get(0).end == newEnd;
            parts = kept.isEmpty() || whole ? null : kept;
        }
        start = newStart;
        end = newEnd;
        content = text.substring(newStart, newEnd);
    }
}
