package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * "The main findings of the report are:" over a list: a verbless lead-in whose subject is what a document concludes
 * ({@link ShellNouns} in the plural: findings, conclusions, assessments) gives each item as that document's statement,
 * with no cue; resolution makes the document its maker's ({@link DocumentMaker}). "The measures include:" names no
 * document and stays narration. Part of {@link SubjectLeadIn}, which reads the lead-ins that are only a subject.
 */
final class FindingsLeadIn {

    /** The verbs that set the findings over their list. */
    private static final Set<String> LINKS = WordSet.of("are", "were", "include", "included");

    private FindingsLeadIn() {
    }

    /**
     * The document whose findings the lead-in ending at token {@code colon} sets out ("the report" of "The main
     * findings of the report are:"); null for any other lead-in.
     */
    static Mention document(AttributionContext ctx, Lexicon lexicon, int first, int colon) {
        if (colon - first < 5 || !LINKS.contains(ctx.tokens.get(colon - 1).lower())) {
            return null;
        }
        Mention maker = possessor(ctx, first, colon);
        if (maker != null) {
            return maker;
        }
        int of = first;
        while (of < colon - 1 && !ctx.tokens.get(of).is("of")) {
            if (!ctx.tokens.get(of).isWord() || ctx.cueAt[of] != null) {
                return null;
            }
            of++;
        }
        String noun = of > first ? ctx.tokens.get(of - 1).lower() : "";
        if (of >= colon - 2 || !WordForms.pluralShape(noun) || !ShellNouns.isNoun(WordForms.singular(noun))
                || !FunctionWords.DETERMINERS.contains(ctx.tokens.get(of + 1).lower())
                || !lexicon.documents.contains(ctx.tokens.get(colon - 2).lower())) {
            return null;
        }
        return ctx.mentions.describe(of + 1, colon - 1);
    }

    /**
     * "The board's preliminary findings are:": the maker named as the findings' possessor, its own phrase read as
     * the speaker; null when the words before the findings hold no possessive.
     */
    private static Mention possessor(AttributionContext ctx, int first, int colon) {
        String noun = ctx.tokens.get(colon - 2).lower();
        if (!WordForms.pluralShape(noun) || !ShellNouns.isNoun(WordForms.singular(noun))) {
            return null;
        }
        for (int k = first + 1; k < colon - 2; k++) {
            Token t = ctx.tokens.get(k);
            if (!t.isWord() || ctx.cueAt[k] != null) {
                return null;
            }
            if (Mentions.isPossessive(t.lower())) {
                return ctx.mentions.describe(first, k + 1);
            }
        }
        return null;
    }
}
