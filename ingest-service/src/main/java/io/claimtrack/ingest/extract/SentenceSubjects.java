package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Speakers that do not stand right before their cue: the noun phrase that opens the sentence (for a
 * participle or a second verb), or the clause's subject nearer the cue; a relative pronoun's antecedent is
 * {@link RelativeAntecedent}'s.
 */
final class SentenceSubjects {


    /** Adverbs that also stand inside a noun phrase: "The first lady", "the last word", "both parties". */
    private static final Set<String> NOUN_PHRASE_ADVERBS = WordSet.of("first", "last", "long", "both", "once");

    /**
     * Lower-case words that open a clause inside the sentence, with a subject of its own. Not {@link
     * FunctionWords#SUBORDINATORS}: a condition's subject ("if Holm says no", "unless Holm objects") has said nothing yet.
     */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("when", "after", "because", "while", "where", "since",
            "until", "before", "although", "though", "whereas", "once", "why");

    /** Subjects that contract with "is" or "has" into one token: "it’s", "that's", "there’s". */
    private static final Set<String> CONTRACTED_SUBJECTS = WordSet.union(List.of(FunctionWords.PERSON_PRONOUNS,
            FunctionWords.THING_PRONOUNS, FunctionWords.DEMONSTRATIVES), "there", "here", "what");

    private final Lexicon lexicon;

    SentenceSubjects(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The noun phrase that opens the sentence: a name ends where its capitalised words do; an earlier verb's longer
     * speaker phrase from the same word, when it names someone this phrase does not ({@link SharedSubject}).
     */
    Mention opening(AttributionContext ctx, Sentence s, int limit) {
        List<Token> tokens = ctx.tokens;
        // "And now Mr. Manafort", "But in July, Holm", "In Ohio, even Obama": a conjunction and adverbs before the
        // subject or its opening adverbial.
        int first = OpeningAdverbials.subjectStart(tokens, skipLeads(tokens, afterItemLabel(tokens, TurnLabels.afterQuestionLabel(ctx, s), limit), limit), limit);
        first = skipLeads(tokens, first, limit);
        boolean pronoun = pronounSubject(tokens, first, limit);
        Mention m = pronoun ? ctx.mentions.build(first, first + 1) : phrase(ctx, first, limit);
        m = m == null || pronoun ? m : namedInAside(ctx, m, limit);
        int before = limit < tokens.size() ? tokens.get(limit).start() : ctx.doc.text.length();
        return m == null ? null : SharedSubject.widened(ctx.doc.text, ctx.sentenceStatements, m, before);
    }

    /**
     * "It warned that A and urged B": an "it" that opens the sentence with a cue right after it, the subject a second
     * verb of saying goes on with (a body's pronoun: {@link #opening} takes no "it", which is as often "It was late").
     * Null for any other sentence.
     */
    Mention speakingIt(AttributionContext ctx, Sentence s, int limit) {
        int first = skipLeads(ctx.tokens, s.firstToken(), limit);
        return first + 1 < limit && FunctionWords.THING_PRONOUNS.contains(ctx.tokens.get(first).lower()) && ctx.cueAt[first + 1] != null
                ? ctx.mentions.build(first, first + 1) : null;
    }

    /** The subject that starts at token {@code first}: a pronoun alone, or a noun phrase up to its verb. */
    Mention startingAt(AttributionContext ctx, int first, int limit) {
        return pronounSubject(ctx.tokens, first, limit) ? ctx.mentions.build(first, first + 1) : phrase(ctx, first, limit);
    }

    /**
     * "He went further, saying", "She brought glamour and defended it": the pronoun is the whole subject; "He and his
     * aides" goes on.
     */
    private static boolean pronounSubject(List<Token> tokens, int first, int limit) {
        return first < limit && (FunctionWords.PERSON_PRONOUNS.contains(tokens.get(first).lower())
                || FunctionWords.GROUP_PRONOUNS.contains(tokens.get(first).lower()))
                && !tokens.get(first + 1).is("and");
    }

    /**
     * The phrase from token {@code first} up to its verb: "Psaki pushed back", "Nowak thanked the government", "He
     * sent a memo", "The board did not", and a person's surname at the word after it ("Gale went after"), though
     * "Democratic candidate" goes on.
     */
    private Mention phrase(AttributionContext ctx, int first, int limit) {
        List<Token> tokens = ctx.tokens;
        int end = ctx.mentions.scanRight(first, Math.min(limit, first + Windows.SUBJECT_TOKENS));
        for (int k = first + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (finiteVerb(lexicon, t) || pluralsCue(ctx, k) || t.isLowerWord() && (FunctionWords.ADVERBS.contains(t.lower()) && !NOUN_PHRASE_ADVERBS.contains(t.lower())
                    || !lexicon.isSpeakerNoun(t) && endsPersonName(ctx.doc, tokens.get(k - 1)))) {
                end = k;
                break;
            }
        }
        return end > first ? ctx.mentions.build(first, end) : null;
    }

    /** "The Sides attach particular importance to A and agree to B": a cue right after a plural head is its verb. */
    private static boolean pluralsCue(AttributionContext ctx, int k) {
        return ctx.cueAt[k] != null && ctx.tokens.get(k - 1).isWord() && WordForms.pluralShape(ctx.tokens.get(k - 1).lower());
    }

    static boolean finiteVerb(Lexicon lexicon, Token t) {
        return t.isLowerWord() && (t.lower().endsWith("ed") || ClauseSubject.FINITE.contains(t.lower())
                || lexicon.isIrregularPast(t.lower()));
    }

    /**
     * "The crowd cheered when Holm spotted a sign and asked", "the square, where protesters had gathered, chanting":
     * a participle or second verb goes with the nearest clause before {@code limit}, so the subject of a clause that
     * a subordinator or ", and"/", but" opens after the sentence's own verb, with a verb of its own, speaks. Null
     * when there is none, when a verb joined by "and" stands between (it may go with the sentence's own), when a cue
     * other than the clause's own verb ("when Holm took issue with the plan and assailed") does or stands before (the
     * clause is inside what was said: "Clinton said he would appoint judges who ..., and reminded"), and when the clause's subject is no speaker ("after the debate ended") or a pronoun: "after he
     * clinched the nomination and said" is as often the sentence subject's second verb, and "they" need not be people.
     */
    Mention nearer(AttributionContext ctx, Sentence s, int limit) {
        List<Token> tokens = ctx.tokens;
        Mention main = opening(ctx, s, limit);
        int first = main == null ? -1 : ctx.tokenAtOrAfter(main.start());
        // "It’s a big if, but Holm was in Eastport, stressing": the contraction holds the sentence's own verb.
        int mainVerb = main == null ? -1 : contractedBe(tokens.get(first)) ? first : firstVerb(tokens, ctx.tokenAtOrAfter(main.end()), limit);
        if (mainVerb < 0) {
            return null;
        }
        Mention m = nearestClause(ctx, mainVerb, limit);
        int ownVerb = m == null ? -1 : verbAfter(tokens, ctx.tokenAtOrAfter(m.end()), limit);
        int brackets = 0;
        for (int k = s.firstToken(); k < limit && m != null; k++) {
            // "when Holm took issue with the plan and assailed": the clause's own cue is the same speaker's; one in a
            // bracket ("(though he allowed that ...)") is the bracket's own.
            brackets += tokens.get(k).is("(") ? 1 : tokens.get(k).is(")") ? -1 : 0;
            if (ctx.cueAt[k] != null && k != ownVerb && brackets <= 0) {
                return null;
            }
        }
        return m;
    }

    /** The subject of the clause nearest before {@code limit} that opens after the sentence's own verb, or null. */
    private Mention nearestClause(AttributionContext ctx, int mainVerb, int limit) {
        List<Token> tokens = ctx.tokens;
        for (int k = limit - 1; k > mainVerb; k--) {
            Token t = tokens.get(k);
            int inside = ClauseInserts.openingBefore(ctx, k, mainVerb);
            if (inside > 0) {
                // "when Holm lamented the “broken” budget and criticized", "called them “rapists” (though ...) and
                // promised": a few quoted words or a bracket inside the clause hold no clause of its own to go with.
                k = inside;
                continue;
            }
            if (t.is(":")) {
                // "Importers were less pleased: the retailers' union warned A and called for B": the clause after
                // the sentence's own verb and its colon has a subject of its own.
                Mention m = clauseSubject(ctx, k + 1, limit);
                return m != null && speaking(ctx, m) ? m : null;
            }
            if (t.type() == Token.Type.QUOTE && !SubjectPhrase.possessiveMark(tokens, k) || t.is(";") || t.is("(") || t.is(")")
                    || Asides.isDash(t)) {
                return null;
            }
            boolean conjunction = (t.is("and") || t.is("but")) && tokens.get(k - 1).is(",");
            if ((t.is("and") || t.is("but")) && k + 1 < limit && finiteVerb(lexicon, tokens.get(k + 1))) {
                return null;
            }
            if (conjunction || CLAUSE_OPENERS.contains(t.text())) {
                Mention m = clauseSubject(ctx, k + 1, limit);
                if (m != null) {
                    return speaking(ctx, m) ? m : null;
                }
            }
        }
        return null;
    }

    /** Whether a clause's subject names a speaker: a name, or a noun that speaks ("the union", not "the debate"). */
    private boolean speaking(AttributionContext ctx, Mention m) {
        return m.hasName() || lexicon.isSpeakerNoun(ctx.tokens.get(ctx.tokenAtOrAfter(m.end()) - 1));
    }

    /** "It’s", "That's", "There’s": a pronoun and a contracted "is" or "has", one token. */
    private static boolean contractedBe(Token t) {
        String w = t.lower().replace('’', '\'');
        return w.endsWith("'s") && CONTRACTED_SUBJECTS.contains(w.substring(0, w.length() - 2));
    }

    /** The first finite verb from token {@code from}, or -1 when none stands before {@code limit}. */
    private int firstVerb(List<Token> tokens, int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (finiteVerb(lexicon, tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The subject opening a clause at {@code from}, when a finite verb follows it; null otherwise. */
    private Mention clauseSubject(AttributionContext ctx, int from, int limit) {
        List<Token> tokens = ctx.tokens;
        if (from >= limit) {
            return null;
        }
        String w = tokens.get(from).lower();
        boolean pronoun = FunctionWords.PERSON_PRONOUNS.contains(w) || FunctionWords.GROUP_PRONOUNS.contains(w)
                || w.equals("it");
        Mention m = pronoun ? ctx.mentions.build(from, from + 1) : phrase(ctx, from, limit);
        return m != null && verbAfter(tokens, ctx.tokenAtOrAfter(m.end()), limit) >= 0 ? m : null;
    }

    /**
     * The finite verb at token {@code from} or after adverbs there, or after a short prepositional phrase ("when
     * Holm in his opening speech called"); -1 when there is none.
     */
    private int verbAfter(List<Token> tokens, int from, int limit) {
        int verb = ClauseInserts.pastPrepositionalPhrase(lexicon, tokens, from, limit);
        while (verb < limit && !finiteVerb(lexicon, tokens.get(verb)) && ClauseShapes.isAdverb(tokens.get(verb))) {
            verb++;
        }
        return verb < limit && finiteVerb(lexicon, tokens.get(verb)) ? verb : -1;
    }

    /** "The harbour director, Mike Rubino, reached out ..., writing": the name in the apposition speaks. */
    private Mention namedInAside(AttributionContext ctx, Mention subject, int limit) {
        List<Token> tokens = ctx.tokens;
        int open = ctx.tokenAtOrAfter(subject.end());
        if (open >= limit || !tokens.get(open).is(",")) {
            return subject;
        }
        int close = open + 1;
        while (close < limit && close - open < Windows.ASIDE_TOKENS && !tokens.get(close).is(",")) {
            close++;
        }
        Mention named = close < limit && tokens.get(close).is(",") ? AsideNames.named(lexicon, ctx, subject, open, close) : null;
        return named == null ? subject : named;
    }

    /** Past a conjunction and adverbs before the subject; "Later, X" and "Still, X" are left to the adverbial. */
    /**
     * "Correspondence: Letter from Ada Lund, Chair, ..., advising that A": a minutes' one-word label over an item that
     * opens with a document is no subject; the document after its colon is ({@link DocumentMaker} gives its sender).
     */
    private int afterItemLabel(List<Token> tokens, int first, int limit) {
        return first + 2 < limit && tokens.get(first).isCapitalized() && tokens.get(first + 1).is(":")
                && tokens.get(first + 2).isCapitalized() && lexicon.documents.contains(lexicon.headKey(tokens.get(first + 2).lower()))
                ? first + 2 : first;
    }

    private static int skipLeads(List<Token> tokens, int first, int limit) {
        while (first + 1 < limit && !tokens.get(first + 1).is(",") && (SpeakerPhrases.SENTENCE_CONJUNCTIONS.contains(tokens.get(first).lower())
                || FunctionWords.ADVERBS.contains(tokens.get(first).lower()) && !NOUN_PHRASE_ADVERBS.contains(tokens.get(first).lower()))) {
            first++;
        }
        return first;
    }

    /**
     * The surname of a person the document names with a first name or a title: "Gale" once "Ruth Gale" is
     * named, "Trump" once "candidate Donald Trump" is.
     */
    boolean endsPersonName(AnnotatedDocument doc, Token t) {
        if (!t.isCapitalized()) {
            return false;
        }
        for (Name n : doc.names) {
            List<String> w = n.words();
            if (n.kind() == SpeakerKind.PERSON && w.size() > 1 && w.get(w.size() - 1).equals(t.lower())
                    && (lexicon.isFirstName(w.get(0)) || !n.role().isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
