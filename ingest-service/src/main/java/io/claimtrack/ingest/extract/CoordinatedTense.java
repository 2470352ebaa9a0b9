package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether a verb after "and"/"but" goes with the sentence subject's own verb or with a verb of the clause between
 * them, told by tense: in "Police say he posed a threat and refused to drop the gun", "Cyril explained how the film
 * humanizes people and demands respect" and "He asked her to raise her voice and say it" the second verb has the
 * form of a verb inside and not that of the subject's, so it goes on the clause inside, whose subject is not the
 * sentence's. Kept: "Graham urged ... and criticized", "Reid caucused on Saturday and says" (no verb inside has its
 * form), "Trump describes himself ... and has said", "She donated ... and has spoken", "will ... and accuse".
 * After a past cue and a past verb inside, "and would ..." is the clause's: "said it was ready and would sign"; after a
 * plain past and a "had" inside, "and had ..." is: "noting that he had paid and had apologized".
 */
final class CoordinatedTense {

    private enum Form { PAST, SINGULAR, PLAIN, MODAL, UNKNOWN }

    /** A verb group's form; {@code perfect} for "has"/"have", which go with a past participle either side. */
    private record Group(Form form, boolean perfect) {
        boolean agrees(Group other) {
            return form == other.form || perfect && other.form == Form.PAST || other.perfect && form == Form.PAST
                    || form == Form.MODAL && other.form == Form.PLAIN;
        }
    }

    private static final Group UNKNOWN = new Group(Form.UNKNOWN, false);
    private static final Set<String> PAST_AUXILIARIES = WordSet.of("was", "were", "did", "had");
    private static final Set<String> SINGULAR_AUXILIARIES = WordSet.of("is", "does", "’s", "'s");
    private static final Set<String> PLAIN_AUXILIARIES = WordSet.of("are", "do");
    /** The past of a modal, as reported speech shifts "will" and "can" back after a past cue. */
    private static final Set<String> BACKSHIFTED_MODALS = WordSet.of("would", "could", "might");

    private CoordinatedTense() {
    }

    /**
     * Whether the verb group after the conjunction at {@code conjunction} goes with the one at {@code subjectVerb},
     * the first word after the sentence's subject: false when their forms differ and a verb between them has the
     * second one's form.
     */
    static boolean agrees(List<Token> tokens, int subjectVerb, int conjunction, int end, Lexicon lexicon) {
        Group first = group(tokens, subjectVerb, end, lexicon, true);
        Group second = group(tokens, conjunction + 1, end, lexicon, false);
        if (pluperfectInside(tokens, subjectVerb, conjunction, end)) {
            return false;
        }
        if (first.form == Form.UNKNOWN || second.form == Form.UNKNOWN || first.agrees(second)) {
            return true;
        }
        boolean backshifted = first.form == Form.PAST && BACKSHIFTED_MODALS.contains(tokens.get(conjunction + 1).lower());
        for (int k = subjectVerb + 1; k < conjunction; k++) {
            Form inner = innerForm(tokens, k, lexicon);
            // "said it was in talks with the banks and would ask them": after a past clause inside, the shifted
            // "would" goes on with that clause, as its "will" would in the words spoken.
            if (inner == second.form || backshifted && inner == Form.PAST) {
                return false;
            }
        }
        return true;
    }

    /**
     * "asked for six years, noting that her client had no record, had entered a program and had pleaded guilty": a "had"
     * after the conjunction, when the subject's verb has none, goes on with the "had" of the clause inside, whose
     * subject is not the sentence's ("asked ... and had pleaded" would not mix the two pasts).
     */
    private static boolean pluperfectInside(List<Token> tokens, int subjectVerb, int conjunction, int end) {
        // The subject's verb may follow the comma that closes an apposition: "the lawyer, Ann Berg, asked".
        int verb = afterAdverbs(tokens, tokens.get(subjectVerb).is(",") ? subjectVerb + 1 : subjectVerb, end);
        if (!tokens.get(afterAdverbs(tokens, conjunction + 1, end)).is("had") || tokens.get(verb).is("had")) {
            return false;
        }
        for (int k = subjectVerb + 1; k < conjunction; k++) {
            // "said it would audit the depot and had asked the operator to report", "said it was reviewing its options
            // and had asked": a clause after the cue, and a "had" that the plain past of saying would not take for its
            // own next act ("said ... and asked").
            if (tokens.get(k).is("had") || (tokens.get(k).is("that") || BACKSHIFTED_MODALS.contains(tokens.get(k).lower())
                    || PAST_AUXILIARIES.contains(tokens.get(k).lower())) && FunctionWords.SAY_TELL.contains(tokens.get(verb).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The first token at or after {@code k} that is no adverb; {@code k} itself at the end. */
    private static int afterAdverbs(List<Token> tokens, int k, int end) {
        int at = k;
        while (at < end - 1 && adverb(tokens.get(at))) {
            at++;
        }
        return at;
    }

    /**
     * Whether the verb groups at {@code inner} and after the conjunction at {@code conjunction} are both of a known
     * form and agree: "had trimmed ... and added", "has paid ... but is disputing".
     */
    static boolean sameForm(List<Token> tokens, int inner, int conjunction, int end, Lexicon lexicon) {
        Group first = group(tokens, inner, end, lexicon, false);
        Group second = group(tokens, conjunction + 1, end, lexicon, false);
        return first.form != Form.UNKNOWN && second.form != Form.UNKNOWN && first.agrees(second);
    }

    /**
     * "said the campaign would “wait ...” and expected the margin to narrow": a past verb after the conjunction cannot
     * go on the clause's first verb group when that is a modal's, at {@code inner}, so it is not that clause's.
     */
    static boolean pastAfterModal(List<Token> tokens, int inner, int conjunction, int end, Lexicon lexicon) {
        return FunctionWords.MODALS.contains(tokens.get(inner).lower()) && group(tokens, conjunction + 1, end, lexicon, false).form == Form.PAST;
    }

    /** The form of the verb group starting at {@code k}, past adverbs ("also", "repeatedly"). */
    private static Group group(List<Token> tokens, int k, int end, Lexicon lexicon, boolean afterSubject) {
        while (k < end && adverb(tokens.get(k))) {
            k++;
        }
        if (k >= end || !tokens.get(k).isWord() || tokens.get(k).isCapitalized()) {
            return UNKNOWN;
        }
        String w = tokens.get(k).lower();
        if (w.equals("has") || w.equals("have")) {
            return new Group(w.equals("has") ? Form.SINGULAR : Form.PLAIN, true);
        }
        Form f = wordForm(w, lexicon);
        // Right after the subject a word in "-s" is its verb ("needs", "runs"); elsewhere it may be a plural noun.
        if (f == Form.UNKNOWN && afterSubject && WordForms.pluralShape(w)) {
            f = Form.SINGULAR;
        }
        return new Group(f, false);
    }

    /** The form of a verb at {@code k} inside the clause: sure forms only, and a bare verb after "to" or a modal. */
    private static Form innerForm(List<Token> tokens, int k, Lexicon lexicon) {
        Token t = tokens.get(k);
        if (!t.isWord() || t.isCapitalized()) {
            return Form.UNKNOWN;
        }
        Token before = tokens.get(k - 1);
        if (before.is("to") || FunctionWords.MODALS.contains(before.lower())
                || ModalsToCome.contracted(before) && wordForm(t.lower(), lexicon) != Form.PAST) {
            return FunctionWords.DETERMINERS.contains(t.lower()) || FunctionWords.POSSESSIVES.contains(t.lower())
                    ? Form.UNKNOWN : Form.PLAIN;
        }
        String w = t.lower();
        return w.equals("has") ? Form.SINGULAR : w.equals("have") ? Form.PLAIN : wordForm(w, lexicon);
    }

    private static Form wordForm(String w, Lexicon lexicon) {
        if (PAST_AUXILIARIES.contains(w)) {
            return Form.PAST;
        }
        if (SINGULAR_AUXILIARIES.contains(w)) {
            return Form.SINGULAR;
        }
        if (PLAIN_AUXILIARIES.contains(w)) {
            return Form.PLAIN;
        }
        if (FunctionWords.MODALS.contains(w)) {
            return Form.MODAL;
        }
        List<Lexicon.CueForm> cues = lexicon.cuesStartingWith(w);
        if (cues.isEmpty()) {
            // Outside the cue list only the regular past is sure: "combed", "posed".
            return w.endsWith("ed") ? Form.PAST : Form.UNKNOWN;
        }
        if (cues.stream().anyMatch(Lexicon.CueForm::past)) {
            return Form.PAST;
        }
        if (cues.get(0).gerund()) {
            return Form.UNKNOWN;
        }
        return WordForms.pluralShape(w) ? Form.SINGULAR : Form.PLAIN;
    }

    private static boolean adverb(Token t) {
        String w = t.lower();
        return t.isLowerWord() && (FunctionWords.ADVERBS.contains(w) && !auxiliary(w)
                || w.endsWith("ly") && w.length() > 4);
    }

    private static boolean auxiliary(String w) {
        return PAST_AUXILIARIES.contains(w) || SINGULAR_AUXILIARIES.contains(w) || PLAIN_AUXILIARIES.contains(w)
                || FunctionWords.MODALS.contains(w) || w.equals("has") || w.equals("have");
    }
}
