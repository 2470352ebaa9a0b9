package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "I'll ask Inspector Ada Brun to speak to the search areas.", "I will invite Dr. Holm to address the testing.": a
 * turn's speaker handing a topic to a colleague the sentence names or titles, which says nothing of the topic ({@link
 * HandOvers}); "I'll ask the Minister to speak to the families" sends her to people, not to a topic, and stays.
 */
final class TopicHandOvers {

    private static final Set<String> ASK = WordSet.of("ask", "invite");
    /** What the colleague is asked to do with the topic: "speak to", "talk about", "address". */
    private static final Set<String> SPEAK = WordSet.of("speak", "talk");
    private static final Set<String> ON = WordSet.of("to", "about", "on");
    /** The longest colleague between "ask" and "to": "Deputy Chief Inspector Ada Brun-Ost". */
    private static final int COLLEAGUE_TOKENS = 6;
    /** Words that make "speak to X" people to be met rather than a topic. */
    private static final Set<String> PEOPLE = WordSet.of("families", "family", "residents", "victims", "media", "press",
            "reporters", "you", "them", "him", "her", "us");

    private TopicHandOvers() {
    }

    /** Whether the sentence, past a turn's label opening it ("CHIEF LUND: I'll ask ..."), only hands a topic on. */
    static boolean only(AttributionContext ctx, Sentence s) {
        int colon = TurnLabels.labelEnd(ctx, s);
        return only(ctx.doc, colon < 0 ? s.firstToken() : colon + 1, s.endToken());
    }

    /** Whether the sentence's tokens {@code [from, to)} only hand a topic on. */
    static boolean only(AnnotatedDocument doc, int from, int to) {
        List<Token> t = doc.tokens;
        while (to > from && !t.get(to - 1).isWord()) {
            to--;
        }
        int k = from;
        if (k + 1 < to && t.get(k).is("i") && ModalsToCome.will(t.get(k + 1))) {
            k += 2;
        } else if (k < to && t.get(k).lower().length() == 4 && t.get(k).lower().startsWith("i") && ModalsToCome.will(t.get(k))) {
            // "I'll", "I’ll"
            k++;
        } else {
            return false;
        }
        if (k >= to || !ASK.contains(t.get(k).lower())) {
            return false;
        }
        int colleague = ++k;
        while (k < to && k - colleague < COLLEAGUE_TOKENS && !t.get(k).is("to")) {
            k++;
        }
        if (k == colleague || k + 2 >= to || !t.get(k).is("to") || !named(doc, colleague, k)) {
            return false;
        }
        k++;
        if (SPEAK.contains(t.get(k).lower()) && ON.contains(t.get(k + 1).lower())) {
            k += 2;
        } else if (t.get(k).is("address")) {
            k++;
        } else {
            return false;
        }
        for (int w = k; w < to; w++) {
            if (PEOPLE.contains(t.get(w).lower())) {
                return false;
            }
        }
        return AgendaMoves.topic(doc, k, to);
    }

    /** A person the text names, or a role's title, among tokens {@code [from, to)}. */
    private static boolean named(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token w = doc.tokens.get(k);
            if (Lexicon.get().roles.contains(w.lower()) || w.isCapitalized() && Name.startingAt(doc.names, w.start()) != null) {
                return true;
            }
        }
        return false;
    }
}
