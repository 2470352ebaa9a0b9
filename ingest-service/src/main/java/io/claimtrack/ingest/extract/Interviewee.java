package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Whom an interview's or a briefing's questions are put to. */
final class Interviewee {

    private Interviewee() {
    }

    /**
     * "Briefing by Foreign Ministry Spokeswoman Irina Zabelova, Velgorod, November 26", "A talk with Anna Holm": the
     * one person the page's title names in full is whom its questions are put to, however often the briefing's own
     * sections name the minister it announces.
     */
    static Mention ofTitle(AnnotatedDocument doc, int title) {
        if (title < 0) {
            return null;
        }
        Block block = doc.block(title);
        Name found = null;
        for (Name n : doc.names) {
            if (n.offset() >= block.start() && n.offset() < block.end() && n.kind() == SpeakerKind.PERSON
                    && n.words().size() > 1) {
                if (found != null && !found.words().equals(n.words())) {
                    return null;
                }
                found = n;
            }
        }
        return found == null ? null : new Mention(found.offset(), found.offset() + found.text().length(), found.text(),
                found.role(), found.text(), SpeakerKind.PERSON);
    }

    /**
     * Whom the questions are put to: the person the text names most often before the interview starts (an
     * interview's introduction is about the interviewee, who is not always the last person it names: "...
     * talked about Justice Scalia. Here is the transcript."), the later one on a tie, by their fullest name. Only
     * someone named in full or with a title counts: a lone capitalised word the text never gives a first name
     * ("the ambassador to Kelm") is as likely a place.
     */
    static Mention before(AnnotatedDocument doc, int offset) {
        Set<String> full = new HashSet<>();
        for (Name n : doc.names) {
            if (n.offset() < offset && n.kind() == SpeakerKind.PERSON && (n.words().size() > 1 || !n.role().isEmpty())) {
                full.add(n.surname());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Name best = null;
        int bestCount = 0;
        for (Name n : doc.names) {
            if (n.offset() >= offset || n.kind() != SpeakerKind.PERSON || n.words().isEmpty()
                    || !full.contains(n.surname())) {
                continue;
            }
            String surname = n.surname();
            int count = counts.merge(surname, 1, Integer::sum);
            if (count >= bestCount) {
                bestCount = count;
                best = n;
            }
        }
        if (best == null) {
            return null;
        }
        Name fullest = best;
        String surname = best.surname();
        for (Name n : doc.names) {
            if (n.offset() < offset && n.kind() == SpeakerKind.PERSON && !n.words().isEmpty()
                    && n.surname().equals(surname) && n.words().size() > fullest.words().size()) {
                fullest = n;
            }
        }
        return new Mention(fullest.offset(), fullest.offset() + fullest.text().length(), fullest.text(), fullest.role(),
                fullest.text(), SpeakerKind.PERSON);
    }
}
