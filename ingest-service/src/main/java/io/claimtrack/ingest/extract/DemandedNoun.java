package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The United Nations called for restraint.", "Police urged calm.": a demand whose object is one bare noun closing
 * the sentence is said, however short; so is blame put on one ("The pilots' union blamed management.") and a
 * concession ("The mayor conceded defeat."), set S's convention on a position verb's noun object. "called for more.", "urged it.", "urged again." name no object; "denied
 * bail." is a court's act, so a denial's bare noun is left out but for the wrong it denies ("denies doping", "denied
 * involvement").
 */
final class DemandedNoun {

    /** The first words of cues that demand a thing, put blame on one or concede one, named by a bare noun. */
    private static final List<String> DEMANDS = List.of("call", "urg", "appeal", "demand", "blam", "conced");

    /** A wrong denied, besides the gerunds ("doping", "cheating", "wrongdoing"): "denies involvement". */
    private static final Set<String> WRONGS = WordSet.of("involvement", "responsibility", "guilt", "fraud", "bribery",
            "negligence", "misconduct");

    /** Pronouns and words of degree that stand where a noun would. */
    private static final Set<String> NOT_NOUNS = WordSet.union(List.of(FunctionWords.OBJECT_PRONOUNS, FunctionWords.SUBJECT_PRONOUNS),
            "so", "more", "less", "much", "this", "that", "these", "those", "everything", "anything", "nothing", "all",
            "too", "otherwise", "there", "here");

    private DemandedNoun() {
    }

    /** Content {@code [from, to)} is one bare noun right after {@code cue} that ends its sentence. */
    static boolean only(List<Token> tokens, Cue cue, int from, int to, int contentEnd) {
        if (to - from != 1 || from != cue.endToken() || to != contentEnd) {
            return false;
        }
        String verb = tokens.get(cue.firstToken()).lower();
        Token t = tokens.get(from);
        String w = t.lower();
        boolean demand = WordForms.startsWithAny(verb, DEMANDS) && (cue.endToken() - cue.firstToken() > 1 || !verb.startsWith("call"));
        boolean denial = verb.startsWith("den") && (w.endsWith("ing") || WRONGS.contains(w));
        return (demand || denial) && t.isLowerWord() && !ClauseShapes.isAdverb(t) && !Mentions.isDateWord(w)
                && !NOT_NOUNS.contains(w);
    }
}
