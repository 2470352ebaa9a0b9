package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech around a cue not yet paired with a quotation: X said (that) Y / Y, X said / Y, said X /
 * As X noted, Y / X ..., saying Y / according to X, Y. Statements of one sentence are built together so
 * that each stops where the next speaker's clause begins and one reported inside another is nested.
 */
public final class ReportedSpeechStage implements Stage {

    /** Verbs of how something was said, which need no words: "The crowd chanted." */
    private static final List<String> MANNER_VERBS = List.of("shout", "yell", "scream", "chant", "whisper", "mutter",
            "grumble", "exclaim");
    private static final Set<String> COORDINATORS = WordSet.of("and", "or", "but");
    /** Pronouns of a free relative clause: "Whoever attacked the post", "Whatever the board decides". */
    private static final Set<String> FREE_RELATIVES = WordSet.of("whoever", "whomever", "whatever", "whichever");
    /** "He denied that Ms. Vale had mentioned the leak": by the outer speaker's account the inner words were never said. */
    private static final Set<String> DENIALS = WordForms.verbForms("deny/denied");

    /**
     * The reporting statement first, so one it reports becomes nested instead of taking its place: a speaker after the
     * content ("..., Kremlin aide says") reports all before it.
     */
    private static final Comparator<Attribution> REPORTING_FIRST =
            Comparator.comparing((Attribution a) -> a.contentEnd > a.mention.start()).thenComparingInt(a -> a.contentStart - a.contentEnd);

    private final CueStatement statements;
    private final Lexicon lexicon;

    public ReportedSpeechStage(Lexicon lexicon) {
        this.statements = new CueStatement(lexicon);
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        int c = 0;
        while (c < doc.cues.size()) {
            // A method per sentence: this loop runs once per document, and a body inlined here is read interpreted
            // until the JIT compiles the loop, late in the first long text.
            c = addSentence(ctx, c);
        }
        ctx.sortByContent();
    }

    /** The statements of one sentence's cues, from cue {@code c} on; returns the index of the next sentence's first cue. */
    private int addSentence(AttributionContext ctx, int c) {
        AnnotatedDocument doc = ctx.doc;
        int sentenceIndex = doc.cues.get(c).sentence();
        List<Attribution> inSentence = new ArrayList<>();
        ctx.sentenceStatements = inSentence;
        int sentenceEnd = c;
        while (sentenceEnd < doc.cues.size() && doc.cues.get(sentenceEnd).sentence() == sentenceIndex) {
            sentenceEnd++;
        }
        Sentence sentence = doc.sentences.get(sentenceIndex);
        // "I'll ask Chief Lund to answer that.", "... to speak to the detours.": a question handed on, nothing asked or said.
        if (sentenceEnd - c > Windows.MAX_CUES_PER_SENTENCE || HandOvers.answerHandedOn(doc, sentence.firstToken(), sentence.endToken())
                || TopicHandOvers.only(ctx, sentence)) {
            return sentenceEnd;
        }
        for (; c < sentenceEnd; c++) {
            if (ctx.used.contains(doc.cues.get(c))) {
                continue;
            }
            Attribution a = statements.of(ctx, doc.cues.get(c));
            if (a == null) {
                continue;
            }
            if (!freeRelative(ctx, a) && !saysNothing(ctx, a) && !mannerWithoutWords(ctx, doc.cues.get(c), a) && !HypotheticalCues.inCase(ctx, a)
                    && !HypotheticalCues.standard(ctx, a) && !HypotheticalCues.mandated(ctx, a)) {
                inSentence.add(a);
            }
        }
        TopicElaborations.join(ctx, inSentence);
        LaterSpeakers.trim(ctx, inSentence);
        CueMedium.dropReadCopies(ctx, lexicon, inSentence);
        // "Politico reported, according to sources ...": cut before the next speaker, nothing may be left.
        inSentence.removeIf(a -> saysNothing(ctx, a));
        inSentence.sort(REPORTING_FIRST);
        for (Attribution found : inSentence) {
            Attribution a = QuotedStatements.beforeQuotedStatement(ctx, found);
            if (a == null) {
                continue;
            }
            Attribution outer = container(ctx, a);
            if (outer != null && (StanceVerbs.opens(a.cue) || ReportedBeliefs.opens(a.cue) || PleaObject.askedFor(ctx, a)
                    || Turns.ownVoice(ctx, outer, a) || ReportedRequests.toComeOrMade(ctx, a) || HypotheticalCues.is(ctx, a)
                    || ReportedTallies.tally(ctx, a) || secondThatClause(ctx, a)
                    || DENIALS.contains(outer.cue.toLowerCase(Locale.ROOT)) || BeliefAdjectives.negatedFinding(ctx.doc, outer))) {
                continue;
            }
            if (outer == null) {
                dropSecondClauses(ctx, a);
            }
            if (outer != null) {
                a.nested = true;
                a.outer = outer;
            } else if (ctx.covered(a.contentStart, a.contentEnd) && !ctx.nestInside(a)) {
                continue;
            }
            ctx.content.finishType(a);
            ctx.add(a);
        }
        return c;
    }

    /**
     * "Whoever attacked that post wanted the crossing closed": a free relative stands for no one the text can name, and
     * its verb is a wish or a deed, never a report of words.
     */
    private static boolean freeRelative(AttributionContext ctx, Attribution a) {
        return a.mention != null && FREE_RELATIVES.contains(ctx.tokens.get(ctx.tokenAtOrAfter(a.mention.start())).lower());
    }

    /** Content of only a time, place, circumstance or source, a listener asked a question, or of no word at all. */
    private static boolean saysNothing(AttributionContext ctx, Attribution a) {
        int from = ctx.tokenAtOrAfter(a.contentStart);
        int to = ctx.tokenAtOrAfter(a.contentEnd);
        return AdjunctOnly.is(ctx.tokens, from, to) && !FeltManner.aboutObject(ctx.tokens, from, to)
                || AdjunctOnly.wordless(ctx.tokens, from, to) || AdjunctOnly.addresseeOnly(ctx.tokens, a.cue, from, to) || Listeners.askedOnly(ctx, from, to) || ChairsProcedure.reported(ctx, a);
    }

    /**
     * "The protester yelled and held up a banner", "clapping, singing, chanting and waving red balloons": a verb
     * of how something was said with a coordinated verb or clause after it gives no words.
     */
    private static boolean mannerWithoutWords(AttributionContext ctx, Cue cue, Attribution a) {
        int from = ctx.tokenAtOrAfter(a.contentStart);
        int to = ctx.tokenAtOrAfter(a.contentEnd);
        String verb = ctx.tokens.get(cue.firstToken()).lower();
        if (from >= to || !WordForms.startsWithAny(verb, MANNER_VERBS)) {
            return false;
        }
        int k = ctx.tokens.get(from).is(",") && from + 1 < to ? from + 1 : from;
        return COORDINATORS.contains(ctx.tokens.get(k).lower());
    }

    /**
     * "said the delay was “unacceptable” and that she expected “answers by Friday.”": a pronoun right after "and that"
     * inside another's content opens the reporting speaker's second clause, one statement with the first (as "said A,
     * and that B"), not a report of its own.
     */
    private static boolean secondThatClause(AttributionContext ctx, Attribution a) {
        int m = ctx.doc.tokenAtOrAfter(a.mention.start());
        return m >= 2 && FunctionWords.SPEAKING_PRONOUNS.contains(ctx.tokens.get(m).lower()) && ctx.tokens.get(m - 1).is("that")
                && ctx.tokens.get(m - 2).is("and");
    }

    /** Drops the statements found before {@code a} (a quotation's cue) that open a second that-clause of its content. */
    private static void dropSecondClauses(AttributionContext ctx, Attribution a) {
        for (Attribution o : ctx.near(a.contentStart, a.contentEnd)) {
            if (o.mention != null && o.mention.start() >= a.contentStart && o.contentEnd <= a.contentEnd && secondThatClause(ctx, o)) {
                ctx.removeWithin(o.contentStart, o.contentEnd);
            }
        }
        ctx.dropRemoved();
    }

    /** The statement whose content holds both this one's speaker and content, or null. */
    private static Attribution container(AttributionContext ctx, Attribution a) {
        for (Attribution o : ctx.near(a.contentStart, a.contentEnd)) {
            if (o.mention != null && !o.nested && o.contentStart <= a.mention.start() && o.contentEnd >= a.contentEnd
                    && o.contentStart <= a.contentStart) {
                return o;
            }
        }
        return null;
    }
}
