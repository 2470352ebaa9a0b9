package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Whom the questions are put to: the person the text names most often before the interview starts (an interview's
 * introduction is about the interviewee, who is not always the last person it names: "... talked about Justice Scalia.
 * Here is the transcript."), the later one on a tie, by their fullest name. Only someone named in full or with a title
 * counts: a lone capitalised word the text never gives a first name ("the ambassador to Kelm") is as likely a place.
 * Read forward, each name once: a transcript asks again at every question while no one is found.
 */
final class MostNamed {

    /** One surname's mentions so far. */
    private static final class Tally {
        int count;
        /** Named once in full or with a title. */
        boolean full;
        Name last;
        /** The first of its mentions with the most words. */
        Name fullest;
    }

    private final AnnotatedDocument doc;
    private final Map<String, Tally> bySurname = new HashMap<>();
    /** The surname named in full most often so far, the later-named one on a tie. */
    private Tally best;
    /** The next name to read. */
    private int next;

    MostNamed(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** The person named most often before {@code offset} (at least the last call's), or null. */
    Mention before(int offset) {
        for (; next < doc.names.size() && doc.names.get(next).offset() < offset; next++) {
            add(doc.names.get(next));
        }
        if (best == null) {
            return null;
        }
        return Interviewee.mention(best.fullest.words().size() > best.last.words().size() ? best.fullest : best.last);
    }

    private void add(Name n) {
        if (n.kind() != SpeakerKind.PERSON || n.words().isEmpty()) {
            return;
        }
        Tally t = bySurname.computeIfAbsent(n.surname(), k -> new Tally());
        t.count++;
        t.last = n;
        if (t.fullest == null || n.words().size() > t.fullest.words().size()) {
            t.fullest = n;
        }
        t.full |= n.words().size() > 1 || !n.role().isEmpty();
        if (t.full && (best == null || t.count >= best.count)) {
            best = t;
        }
    }
}
