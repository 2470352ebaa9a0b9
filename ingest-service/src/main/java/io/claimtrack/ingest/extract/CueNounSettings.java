package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * Settings that make a cue word a noun whatever its neighbours' verbs: inside a compound noun, a line's label,
 * a heading's or an owner's adjective ("Closing statements", "the firm's planned takeover"), a plural before its
 * maker; {@link CueNoun} reads the rest.
 */
final class CueNounSettings {

    /** Participles of intent that stand before what was intended: "the firm's planned takeover". */
    private static final Set<String> INTENDED = WordSet.of("planned", "proposed", "intended", "projected");

    private final Lexicon lexicon;

    CueNounSettings(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "Information note: The next ... is on March 4.", "Media note: ...": a label word closing the capitalised words that
     * open a paragraph, before its colon, names the kind of line that follows; no one notes; so does a numbered report
     * ("Sixth Report: ..."). After a plural ("Ministers note: ...") it is the verb.
     */
    boolean labelWord(AnnotatedDocument doc, int i, Sentence sentence) {
        int first = sentence.firstToken();
        if (i == first || i - first > 2 || i + 1 >= sentence.endToken() || !doc.tokens.get(i + 1).is(":")
                || doc.tokens.get(i - 1).lower().endsWith("s")
                || sentence.start() != doc.block(sentence.block()).start()
                || !lexicon.labels.contains(doc.tokens.get(i).lower()) && !NumberedReport.label(doc.tokens, first, i + 1)) {
            return false;
        }
        for (int k = first; k < i; k++) {
            // "Monday's Morning Email: ..." is a newsletter's own title, its maker.
            if (!doc.tokens.get(k).isCapitalized() || Mentions.isPossessive(doc.tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the company's planned takeover", "Harbour Rail's proposed $2 billion merger": a participle of intent after a
     * noun's possessive, with no "to" or clause after it, is the adjective of what was intended ("Lund's repeated
     * claim that" keeps its cue; "Lund's planned to leave" is rare enough to pay for).
     */
    static boolean ownersAdjective(AnnotatedDocument doc, int i, Sentence sentence) {
        String prev = doc.tokens.get(i - 1).lower();
        if (!INTENDED.contains(doc.tokens.get(i).lower()) || !Mentions.isPossessive(prev)
                || FunctionWords.SUBJECT_PRONOUNS.contains(Mentions.possessiveStem(prev))
                || CueNoun.CONTRACTED.contains(Mentions.possessiveStem(prev)) || i + 1 >= sentence.endToken()) {
            return false;
        }
        Token next = doc.tokens.get(i + 1);
        return !next.is("to") && !next.is("that") && !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(next.lower())
                && (next.type() != Token.Type.PUNCT || FunctionWords.CURRENCY.contains(next.lower()));
    }

    /**
     * "the crew fought repeated warnings", "the tenants ignored repeated notices": a participle right after a verb in
     * the past, before its noun, is that object's adjective. The verb is none of saying and no auxiliary ("had
     * repeated", "said repeated" stay), and the object opens with no determiner or clause ("stopped, repeated the
     * claim" has its comma).
     */
    boolean afterVerb(AnnotatedDocument doc, int i, Sentence sentence) {
        Token prev = doc.tokens.get(i - 1);
        String w = prev.lower();
        if (!prev.isWord() || prev.isCapitalized() || i + 1 >= sentence.endToken()
                || !(w.length() > 4 && w.endsWith("ed") || lexicon.isIrregularPast(w))
                || FunctionWords.FINITE_AUXILIARIES.contains(w) || !lexicon.cuesStartingWith(w).isEmpty()) {
            return false;
        }
        Token next = doc.tokens.get(i + 1);
        return next.isLowerWord() && !FunctionWords.DETERMINERS.contains(next.lower())
                && !FunctionWords.OBJECT_PRONOUNS.contains(next.lower()) && !next.is("that") && !next.is("to")
                && !CueStage.PREPOSITIONS.contains(next.lower());
    }

    /**
     * "Opening remarks and reports of ministers", "Closing statements": a heading line's first word in -ing before a
     * noun of saying is that noun's adjective, not a speaker; "Golding argues for tax cut" has no such noun.
     */
    boolean headingGerund(AnnotatedDocument doc, int i, Sentence sentence) {
        Token prev = doc.tokens.get(i - 1);
        return i - 1 == sentence.firstToken() && prev.isCapitalized() && prev.lower().endsWith("ing")
                && doc.block(sentence.block()).kind() == Block.Kind.HEADLINE
                && lexicon.statementNouns.contains(doc.tokens.get(i).lower());
    }

    /**
     * "Preliminary estimates by the ministry put the loss at ...", "complaints by the secretary that ...": an "-s" form
     * that is also the plural of a noun of saying or of a document, right before "by" and its maker, is that noun; a verb
     * of saying has its subject before it and no agent ("says by an overwhelming margin" has no such noun).
     */
    boolean pluralBeforeMaker(AnnotatedDocument doc, int i, Sentence sentence) {
        String w = doc.tokens.get(i).lower();
        if (!w.endsWith("s") || i + 2 >= sentence.endToken() || !doc.tokens.get(i + 1).is("by")
                || !WordForms.inSetOrPlural(lexicon.documents, w) && !WordForms.inSetOrPlural(lexicon.statementNouns, w)) {
            return false;
        }
        Token maker = doc.tokens.get(i + 2);
        return maker.isCapitalized() || FunctionWords.ARTICLES_OR_POSSESSIVES.contains(maker.lower());
    }

    /** "The roll call itself", "271 pledged delegates", "a private email server": a cue word inside a compound noun. */
    boolean inCompound(AnnotatedDocument doc, int i, Sentence sentence) {
        String w = doc.tokens.get(i).lower();
        return i > sentence.firstToken() && lexicon.isCueCompound(doc.tokens.get(i - 1).lower(), w)
                || i + 1 < sentence.endToken() && lexicon.isCueCompound(w, doc.tokens.get(i + 1).lower());
    }
}
