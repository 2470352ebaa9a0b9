package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A possessive speaker and a noun of saying with its that-clause: "Lavrov's claim that the sanctions had
 * failed", "the ministry's statement that ...", "his claim that ..." (the pronoun resolved as "he" is). The noun
 * is no verb, so the cue stage does not mark it.
 */
public final class StatementNounStage implements Stage {

    /** Nouns that report a view or an answer only as the subject of "is that" / "was:": "Holm's response was that". */
    private static final Set<String> ANSWER_NOUNS = WordSet.of("response", "answer", "reply", "view", "position", "belief",
            "message", "point", "conclusion", "fear", "hope", "worry", "concern");
    /** Nouns of "In Holm's view, ..." that make the possessor the source of the sentence. */
    private static final Set<String> VIEW_NOUNS = WordSet.of("view", "opinion", "words", "estimation", "judgment",
            "judgement", "assessment", "telling", "mind");

    private final Lexicon lexicon;

    public StatementNounStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext.eachSentence(doc, this::addStatements);
    }

    /** The statements of the sentence's possessive speakers before its nouns of saying. */
    private void addStatements(AttributionContext ctx, Sentence s) {
        AnnotatedDocument doc = ctx.doc;
        List<Token> tokens = doc.tokens;
        inPossessiveView(ctx, s);
        // Each noun's content is read to its clause's end: past as many nouns as cues in any sentence of prose, a
        // degenerate run-on would read the rest of itself once per noun.
        int nouns = 0;
        for (int i = s.firstToken() + 1; i + 2 < s.endToken() && nouns <= Windows.MAX_CUES_PER_SENTENCE; i++) {
            Token noun = tokens.get(i);
            if (doc.quoteAt(noun.start()) != null) {
                continue;
            }
            int from = contentStart(tokens, i, s);
            if (from < 0) {
                nouns += agentAfterBy(ctx, i, s) ? 1 : 0;
                continue;
            }
            // "Lavrov's claim", "the ministry's recent warning", "Holm's oft-repeated claim".
            Mention m = null;
            int k = i - 1;
            for (; m == null && k >= Math.max(s.firstToken(), i - Windows.POSSESSIVE_BEFORE_NOUN_TOKENS) && tokens.get(k).isWord(); k--) {
                m = possessive(ctx, k, s.firstToken(), s);
            }
            if (m == null && k > s.firstToken() && k >= i - Windows.POSSESSIVE_BEFORE_NOUN_TOKENS) {
                m = pluralPossessive(ctx, k, s.firstToken());
            }
            if (m != null) {
                nouns++;
                add(ctx, m, noun, from, openingClauseEnd(ctx, m, from, s), s);
            }
        }
    }

    /**
     * "further to the warning by the union that ten depots could close", "Asked about a report by the Harbour Post that
     * A, she said B": the noun's agent after "by" gives the that-clause, as "the union's warning that" does, a document's
     * maker too (the lead's ruling, round 58). "the statement by the minister that was read out" opens a relative clause,
     * no content. Whether the agent's content was read.
     */
    private boolean agentAfterBy(AttributionContext ctx, int i, Sentence s) {
        List<Token> tokens = ctx.tokens;
        String noun = tokens.get(i).lower();
        if (!tokens.get(i + 1).is("by") || !lexicon.statementNouns.contains(noun) && !lexicon.documents.contains(noun)) {
            return false;
        }
        int end = ctx.mentions.scanRight(i + 2, s.endToken());
        if (end < 0 || end + 1 >= s.endToken() || !tokens.get(end).is("that") || ObjectComplement.relativeVerb(tokens, end + 1, s)) {
            return false;
        }
        Mention m = ctx.mentions.build(i + 2, end);
        if (m == null || m.isPronoun()) {
            return false;
        }
        // A question's premise ends where the question does: "further to the warning by X that A, what support", and an
        // opening clause's where the clause does.
        int premise = PremisedQuestion.end(tokens, end + 1, s);
        add(ctx, m, tokens.get(i), end + 1, premise > 0 ? premise : openingClauseEnd(ctx, m, end + 1, s), s);
        return true;
    }

    /**
     * "Asked about the bank's claim that A, she said B": what the noun reports from {@code from} ends with the opening
     * clause, which holds it only near the sentence's start; else at the content's end.
     */
    private static int openingClauseEnd(AttributionContext ctx, Mention m, int from, Sentence s) {
        int end = ctx.content.endToken(s);
        int speaker = ctx.tokenAtOrAfter(m.start());
        return speaker - s.firstToken() <= Windows.ADVERBIAL_CLAUSE_TOKENS ? FrontedClause.end(ctx, s.firstToken(), speaker, from, end, end) : end;
    }

    /**
     * Adds what {@code m} said through the noun, from token {@code from} to its clause's end before {@code limit},
     * unless too short or taken.
     */
    private static void add(AttributionContext ctx, Mention m, Token noun, int from, int limit, Sentence s) {
        AnnotatedDocument doc = ctx.doc;
        int end = ReportedContent.clauseEnd(doc, from, limit);
        if (end - from >= Windows.MIN_CONTENT_TOKENS && !ctx.covered(doc.tokens.get(from).start(), doc.tokens.get(end - 1).end())) {
            ctx.add(Attribution.Source.CUE, m, doc.text(noun.start(), noun.end()), from, end, s.block(), 0.7);
        }
    }

    /**
     * Where what was said starts after the noun at {@code i}, or -1: "claim that ...", and with a copula "Holm's
     * argument was that ...", "the board's answer was: ..." (a view or an answer in that place is one too).
     */
    private int contentStart(List<Token> tokens, int i, Sentence s) {
        String lower = tokens.get(i).lower();
        int that = afterTime(tokens, i + 1, s);
        if (tokens.get(that).is("that")) {
            // "the minister's remark last week that": when it was made stands before what; "a sales forecast that fell
            // short" opens a relative clause.
            return lexicon.statementNouns.contains(lower) && !ObjectComplement.relativeVerbOrPast(tokens, that + 1, s) ? that + 1 : -1;
        }
        boolean copula = tokens.get(i + 1).is("is") || tokens.get(i + 1).is("was");
        if (!copula || i + 3 >= s.endToken() || !(lexicon.statementNouns.contains(lower) || ANSWER_NOUNS.contains(lower))) {
            return -1;
        }
        // "Lund's view is that of a pilot": a pronoun standing for the noun, not a clause.
        boolean clause = tokens.get(i + 2).is("that") && !tokens.get(i + 3).is("of") && tokens.get(i + 3).type() != Token.Type.PUNCT;
        return clause || tokens.get(i + 2).is(":") ? i + 3 : -1;
    }

    /** Past a short time phrase at {@code k} ("last week", "on Monday"), or {@code k} itself. */
    private static int afterTime(List<Token> tokens, int k, Sentence s) {
        for (int j = k + 1; j < s.endToken() - 1 && j - k <= Windows.TIME_SPAN_TOKENS; j++) {
            if (tokens.get(j).is("that")) {
                return ReportedContent.timeOnly(tokens, k, j) ? j : k;
            }
        }
        return k;
    }

    /**
     * "In Holm's view, the pier is unsafe", "In the mayor's opinion, ...": a fronted phrase naming whose view the
     * rest of the sentence is, as "according to" does. A possessive pronoun ("In his view") is not taken here,
     * unlike before a noun of saying ("his claim that"): the fronted form was not measured.
     */
    private void inPossessiveView(AttributionContext ctx, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        if (!tokens.get(first).is("in")) {
            return;
        }
        for (int i = first + 2; i < Math.min(s.endToken() - 2, first + 2 + Windows.PHRASE_TOKENS); i++) {
            if (tokens.get(i).is(",")) {
                return;
            }
            if (VIEW_NOUNS.contains(tokens.get(i).lower()) && tokens.get(i + 1).is(",")) {
                Mention m = possessive(ctx, i - 1, first + 1, s);
                m = m != null && m.isPronoun() ? null : m;
                if (m == null && i - 1 > first + 1) {
                    m = pluralPossessive(ctx, i - 1, first + 1);
                }
                int end = ctx.content.endToken(s);
                if (m != null && end - (i + 2) >= Windows.MIN_CONTENT_TOKENS
                        && !ctx.covered(tokens.get(i + 2).start(), tokens.get(end - 1).end())) {
                    ctx.add(Attribution.Source.ACCORDING_TO, m, ctx.doc.text(tokens.get(first).start(), tokens.get(i).end()),
                            i + 2, end, s.block(), 0.8);
                }
                return;
            }
        }
    }

    /** The speaker whose possessive ends at token {@code k} ("Lavrov's", "the ministry’s"), without the "'s"; or null. */
    private Mention possessive(AttributionContext ctx, int k, int first, Sentence s) {
        Token t = ctx.tokens.get(k);
        String lower = t.lower();
        if (FunctionWords.POSSESSIVE_PRONOUNS.containsKey(lower)) {
            // "his claim that ...": the pronoun, resolved as "he said" is. After a light verb the verb's subject
            // speaks ("repeated his claim that"), and "gave her assurances that" assured her; "said in his remarks
            // that" names the medium of another cue.
            boolean other = k > first && (ctx.tokens.get(k - 1).is("in") || LightVerbCue.cueEnd(ctx.tokens, k - 1, s, lexicon) > 0);
            return other ? null : new Mention(t.start(), t.end(), t.text(), "", "", SpeakerKind.PRONOUN);
        }
        if (!Mentions.isPossessive(lower) || FunctionWords.PERSON_PRONOUNS.contains(Mentions.possessiveStem(lower))) {
            return null;
        }
        int start = ctx.mentions.scanLeft(k, first);
        Mention m = start < 0 ? null : ctx.mentions.build(start, k + 1);
        if (m == null || m.isPronoun()) {
            return null;
        }
        int end = t.end() - 2;
        return new Mention(m.start(), end, ctx.doc.text(m.start(), end), m.role(), strip(m.name()), m.kind());
    }

    /**
     * "the officers' claim", "the Democrats’ warning": a plural possessive, whose apostrophe the tokenizer keeps
     * apart as a quotation mark; {@code k} is that mark, glued to a word ending in "s" and opening no quotation.
     */
    private static Mention pluralPossessive(AttributionContext ctx, int k, int first) {
        Token mark = ctx.tokens.get(k);
        Token plural = ctx.tokens.get(k - 1);
        if (!(mark.is("'") || mark.is("’")) || mark.start() != plural.end() || !plural.isWord() || !plural.lower().endsWith("s")
                || k + 1 < ctx.tokens.size() && ctx.tokens.get(k + 1).start() == mark.end()) {
            return null;
        }
        int start = ctx.mentions.scanLeft(k - 1, first);
        for (int d = k - 2; start >= 0 && d > start; d--) {
            // "Nobody answered the dockers'": a plural possessor starts at its determiner.
            if (FunctionWords.DETERMINERS.contains(ctx.tokens.get(d).lower())) {
                start = d;
                break;
            }
        }
        Mention m = start < 0 ? null : ctx.mentions.build(start, k);
        return m == null || m.isPronoun() ? null : m;
    }

    private static String strip(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return Mentions.isPossessive(lower) ? name.substring(0, name.length() - 2) : name;
    }
}
