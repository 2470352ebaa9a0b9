package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "Question: Chancellor, the Finance Minister said on Monday that taxes will rise. Will they?": a description in a
 * briefing's question is someone the questioner knows, not a person the answers name later ("Finance Minister Olaf
 * Brandt and I discussed this" may be another country's minister); it keeps its mention unless the text names its
 * holder before the question ends. Part of {@link ResolutionStage}.
 */
final class QuestionPremises {

    private final AnnotatedDocument doc;
    private final NameIndex names;
    /** Where the text first names each person, by the fullest form of the name; read on the first question that asks. */
    private Map<String, Integer> firstNamed;
    /** Whether each block (by index) is a question turn, read once: a long block is not searched for its label again. */
    private final Map<Integer, Boolean> questionTurns = new HashMap<>();

    QuestionPremises(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
    }

    /** Whether {@code a}'s speaker, a description resolved to a person, is named only after the question turn it is in. */
    boolean namedOnlyAfter(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || m.isPronoun() || a.kind != SpeakerKind.PERSON || a.speaker == null
                || a.speaker.equals(m.text()) || !questionTurns.computeIfAbsent(a.block, b -> questionTurn(doc.block(b)))) {
            return false;
        }
        Integer first = firstNamed().get(a.speaker);
        return first == null || first >= doc.block(a.block).end();
    }

    private Map<String, Integer> firstNamed() {
        if (firstNamed == null) {
            firstNamed = new HashMap<>();
            for (Name n : doc.names) {
                if (n.kind() == SpeakerKind.PERSON) {
                    firstNamed.merge(names.expand(n.text(), SpeakerKind.PERSON, n.offset()), n.offset(), Math::min);
                }
            }
        }
        return firstNamed;
    }

    /** "Question: ...", "Q (Harbour Post): ...": a paragraph put to someone under a question label. */
    private boolean questionTurn(Block b) {
        int colon = b.start();
        while (colon < b.end() && doc.text.charAt(colon) != ':') {
            colon++;
        }
        if (colon >= b.end()) {
            return false;
        }
        String label = doc.text(b.start(), colon).strip().toLowerCase(Locale.ROOT);
        int bracket = label.indexOf('(');
        return SpeakerColonStage.QUESTION_LABELS.contains((bracket > 0 ? label.substring(0, bracket) : label).strip());
    }
}
