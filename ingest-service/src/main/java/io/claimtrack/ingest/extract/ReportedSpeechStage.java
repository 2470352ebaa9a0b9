package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reported speech around a cue not yet paired with a quotation: X said (that) Y / Y, X said / Y, said X /
 * As X noted, Y / X ..., saying Y / according to X, Y. Statements of one sentence are built together so
 * that each stops where the next speaker's clause begins and one reported inside another is nested.
 */
public final class ReportedSpeechStage implements Stage {

    /** Words that join a second clause after a comma: its subject may start a statement of its own. */
    static final Set<String> COORDINATORS = WordSet.of("though", "although", "but", "and", "while", "whereas", "yet");
    /** Words after a verb that name its topic, not what was said: "reported on the talks". */
    static final Set<String> TOPIC = WordSet.of("on", "about", "of", "with", "for", "from");
    /**
     * Words that open a time clause after a trailing cue, the narrator's and not the speaker's: "..., officials
     * said, as they ...". A reason ("since", "because") may be the speaker's own and stays in the content.
     */
    private static final Set<String> SUBORDINATORS = WordSet.of("as", "while", "when", "after", "before");
    /** Relative words before a speaker whose clause holds what was said: "which he said ...", "what she called ...". */
    private static final Set<String> FREE_RELATIVES = WordSet.of("which", "what");
    /** Objects that only point back: "says it,", "said so.". */
    private static final Set<String> PRONOUN_OBJECTS = WordSet.of("it", "that", "this", "so");
    /**
     * Verbs whose complement after "what X ..." is what was said: "what he called a disgrace", "what she said is
     * a trend". "what Putin told Trump about" and "what the plan would do" have none.
     */
    private static final Set<String> NAMING_VERBS = WordSet.of("called", "calls", "call", "said", "says", "described",
            "describes", "termed", "dubbed", "labeled", "labelled", "believed", "believes", "considered", "considers",
            "deemed", "deems");

    private final Lexicon lexicon;
    private final SpeakerPhrases speakers;
    private final AccordingTo accordingTo;
    private final ClauseSubject clauseSubject;
    private final SentenceSubjects subjects;
    private final ParticipleClause participles;

    public ReportedSpeechStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.speakers = new SpeakerPhrases(lexicon);
        this.accordingTo = new AccordingTo();
        this.clauseSubject = new ClauseSubject(lexicon);
        this.subjects = new SentenceSubjects(lexicon);
        this.participles = new ParticipleClause(speakers, subjects);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        int c = 0;
        while (c < doc.cues.size()) {
            int sentenceIndex = doc.cues.get(c).sentence();
            List<Attribution> inSentence = new ArrayList<>();
            int sentenceEnd = c;
            while (sentenceEnd < doc.cues.size() && doc.cues.get(sentenceEnd).sentence() == sentenceIndex) {
                sentenceEnd++;
            }
            if (sentenceEnd - c > Windows.MAX_CUES_PER_SENTENCE) {
                c = sentenceEnd;
                continue;
            }
            for (; c < sentenceEnd; c++) {
                if (ctx.used.contains(doc.cues.get(c))) {
                    continue;
                }
                Attribution a = fromCue(ctx, doc.cues.get(c));
                if (a != null && !AdjunctOnly.is(ctx.tokens, ctx.tokenAtOrAfter(a.contentStart),
                        ctx.tokenAtOrAfter(a.contentEnd))) {
                    inSentence.add(a);
                }
            }
            trimAtLaterSpeakers(ctx, inSentence);
            // The reporting statement first, so one it reports becomes nested instead of taking its place:
            // a speaker after the content ("..., Kremlin aide says") reports all before it.
            inSentence.sort(Comparator.comparing((Attribution a) -> a.contentEnd > a.mention.start())
                    .thenComparingInt(a -> a.contentStart - a.contentEnd));
            for (Attribution found : inSentence) {
                Attribution a = QuoteCueStage.beforeQuotedStatement(ctx, found);
                if (a == null) {
                    continue;
                }
                Attribution outer = container(ctx, a);
                if (outer != null && (StanceVerbs.opens(a.cue) || ReportedBeliefs.opens(a.cue))) {
                    continue;
                }
                if (outer != null) {
                    a.nested = true;
                    a.outer = outer;
                } else if (ctx.covered(a.contentStart, a.contentEnd) && !ctx.nestInside(a)) {
                    continue;
                }
                ctx.finishType(a);
                ctx.add(a);
            }
        }
        ctx.sortByContent();
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

    private Attribution fromCue(AttributionContext ctx, Cue cue) {
        Sentence s = ctx.doc.sentences.get(cue.sentence());
        if (cue.kind() == Lexicon.CueKind.ACCORDING_TO) {
            return accordingTo.attribute(ctx, cue, s);
        }
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int end = ctx.contentEndToken(s);
        if (ParticipleClause.opens(lexicon, tokens, cue, first)) {
            return participles.attribute(ctx, cue, s, end);
        }
        if (cue.endToken() >= end && cue.firstToken() - first < Windows.MIN_CONTENT_TOKENS) {
            // "He said.": no room for content before the cue or after it, so no speaker to look for.
            return null;
        }
        if (Agreement.on(tokens, cue, end) || Agreement.with(tokens, cue, s, end)) {
            Mention m = speakers.before(ctx, cue, s);
            return m == null ? null : ctx.statement(Attribution.Source.CUE, m, cue, cue.endToken() + 1,
                    ReportedContent.clauseEnd(ctx.doc, cue.endToken() + 1, end), s, 0.75);
        }
        if (cue.endToken() + 1 < end && TOPIC.contains(tokens.get(cue.endToken()).lower())
                && cue.endToken() - cue.firstToken() == 1 && !Lexicon.SAY_TELL.contains(tokens.get(cue.firstToken()).lower())
                && !Agreement.withThat(tokens, cue, s, end)
                && tokens.get(cue.endToken() + 1).isWord() && !Mentions.isDateWord(tokens.get(cue.endToken() + 1).lower())) {
            // "reported on the talks", "commented about": a topic, not what was said.
            return null;
        }
        int published = PublishedMedium.verbBefore(tokens, cue, first);
        if (published > 0) {
            // "He released a letter from his doctor that says ...": the one who put the medium out speaks.
            Mention nearer = subjects.nearer(ctx, s, published);
            Mention publisher = nearer != null ? nearer : subjects.opening(ctx, s, published);
            int from = ReportedContent.startAfterCue(tokens, cue, end);
            return publisher == null ? null : ctx.statement(Attribution.Source.CUE, publisher, cue, from,
                    ReportedContent.clauseEnd(ctx.doc, from, end), s, 0.75);
        }
        Mention m = speakers.before(ctx, cue, s);
        int conjunction = m == null ? coordinatingConjunction(tokens, cue, first) : -1;
        if (conjunction > 0) {
            // "Nowak thanked the government but said that ...": the sentence's subject says it, when the verbs agree.
            Mention nearer = subjects.nearer(ctx, s, conjunction);
            Mention subject = nearer != null ? nearer : subjects.opening(ctx, s, cue.firstToken());
            return subject == null || !CoordinatedTense.agrees(tokens, ctx.tokenAtOrAfter(subject.end()), conjunction,
                    cue.endToken(), lexicon) ? null
                    : ctx.statement(Attribution.Source.SECOND_VERB, subject, cue,
                            ReportedContent.startAfterCue(tokens, cue, end), end, s, 0.75);
        }
        if (m == null) {
            Mention antecedent = subjects.relative(ctx, cue, s);
            if (antecedent != null) {
                int from = ReportedContent.startAfterCue(tokens, cue, end);
                int to = SentenceSubjects.asideEnd(ctx, ctx.tokenAtOrAfter(antecedent.end()), from,
                        ReportedContent.clauseEnd(ctx.doc, from, end));
                return ctx.statement(Attribution.Source.CUE, antecedent, cue, from, to, s, 0.75);
            }
            Attribution inverted = inverted(ctx, cue, s, end);
            m = inverted == null ? clauseSubject.of(ctx, cue, s) : null;
            if (m == null && inverted == null) {
                m = clauseSubject.afterConjunction(ctx, cue, s);
            }
            if (m == null) {
                return inverted;
            }
        }
        int npStart = ctx.tokenAtOrAfter(m.start());
        boolean atStart = ClauseShapes.opensClause(ctx, npStart, first);
        Token before = npStart > first ? tokens.get(npStart - 1) : null;
        Mention whole = atStart && !(before != null && before.is("and")) || before != null && FREE_RELATIVES.contains(before.lower()) ? null
                : clauseSubject.of(ctx, cue, s);
        if (whole != null) {
            // "Federal and state officials said", "Pilots and their unions said": the scan stopped inside the subject.
            m = whole;
            npStart = ctx.tokenAtOrAfter(m.start());
            atStart = true;
        }
        int afterTime = atStart ? -1 : FrontedClause.subjectAfterTime(ctx, first, npStart, ctx.tokenAtOrAfter(m.end()));
        Mention timed = afterTime < 0 ? null : ctx.mentions.build(afterTime, ctx.tokenAtOrAfter(m.end()));
        if (timed != null) {
            // "Although in September she said A, ...": a time phrase between the clause's opener and its subject.
            m = timed;
            npStart = afterTime;
            atStart = true;
        }
        int bracket = atStart && npStart > first + 1 && tokens.get(npStart - 1).is("(") ? closingBracket(tokens, cue, end) : -1;
        if (bracket > 0) {
            // "Y (she said) would be Z", "Y (he added on Monday).": a cue in brackets is parenthetical, as between commas.
            return ctx.statement(Attribution.Source.CUE, m, cue, first, bracket + 1 < end ? end : npStart - 1, s, 0.8);
        }
        if (atStart && npStart > first + 1 && tokens.get(npStart - 1).is(",") && cue.endToken() + 1 < end
                && tokens.get(cue.endToken()).is(",") && !tokens.get(first).is("as")
                && !opensAdjunct(ctx, cue.endToken() + 1)) {
            // "Y, it says, would be Z": a parenthetical cue; the content is the whole sentence around it.
            return ctx.statement(Attribution.Source.CUE, m, cue, first, end, s, 0.8);
        }
        int clause = Math.min(semicolonAfter(ctx, cue.endToken(), end), adjunctAfter(ctx, cue.endToken(), end));
        if (atStart && npStart > first && tokens.get(npStart - 1).is(",")
                && ReportedContent.trailingAfterListener(ctx, cue, clause)) {
            // "Y, X said." The content is everything before the speaker; "Y, analysts say; in 2012, ..." stops at
            // the semicolon, and "A; Y, X said" starts after it.
            if (tokens.get(first).is("as") && !commaBetween(tokens, first, npStart - 1)) {
                // "As expected, officials said.": the as-clause is all there is. "As part of the probe, the FBI
                // will ..., officials said." has a clause of its own after the as-phrase.
                return null;
            }
            int from = ReportedContent.startBefore(ctx, first, npStart - 1);
            return from < npStart - 1 && !ReportedContent.loneAdverbial(ctx.doc, from, npStart - 1)
                    ? ctx.statement(Attribution.Source.CUE, m, cue, from, npStart - 1, s, 0.85) : null;
        }
        if (AsClause.opens(tokens, cue, npStart, first, end)) {
            // "As X noted, Y", "Y, as X put it."
            return AsClause.attribute(ctx, m, cue, s, npStart, end);
        }
        if (!atStart && (tokens.get(npStart - 1).is("which")
                || tokens.get(npStart - 1).is("what") && NAMING_VERBS.contains(tokens.get(cue.firstToken()).lower()))) {
            // "a wall, which he said Mexico would pay for, ...", "trumpeting what he called his self-funded campaign":
            // the relative clause, to its comma, is what was said.
            if (cue.endToken() >= end || tokens.get(cue.endToken()).is(",")) {
                // "That is what she said, and he agreed.": the clause ended with its cue.
                return null;
            }
            int from = ReportedContent.startAfterCue(tokens, cue, end);
            int to = from;
            while (to < end && !(tokens.get(to).is(",") && ctx.doc.quoteAt(tokens.get(to).start()) == null)) {
                to++;
            }
            if (from > cue.endToken() && tokens.get(from - 1).is(",")) {
                // "a speech in which he pledged that, if elected, he would ...": the comma after "that" opens an
                // adverbial inside what was said, which runs to the clause's end.
                to = ReportedContent.clauseEnd(ctx.doc, from, end);
            }
            // "That was what Wahl said when she resigned.": the clause after the cue only says when.
            return from == cue.endToken() && ReportedContent.timeClauseOnly(ctx.doc, from, to) ? null
                    : ctx.statement(Attribution.Source.CUE, m, cue, from, to, s, 0.75);
        }
        if (!atStart) {
            return null;
        }
        int from = ReportedContent.afterAddressee(ctx, cue, ReportedContent.startAfterCue(tokens, cue, end), end);
        if (ClauseShapes.afterTimeNoun(tokens, npStart, first) && !objectFollows(tokens, cue, end)) {
            // "on the day Holm had proposed, she ...", "the moment he says it, ...": the time is the verb's object.
            return null;
        }
        if (from < 0 || from == cue.endToken() && end - from <= Windows.WHEN_AND_WHERE_TOKENS && ReportedContent.trailing(tokens, from, end)
                && !Commissives.infinitive(tokens, cue, from, end) || from < end && ctx.cueAt[from] != null && lexicon.isGerund(ctx.cueAt[from])) {
            // "Flynn said Thursday morning on Fox News." names when and where; what he said is elsewhere. In
            // "“Q,” Holm said in a statement, adding that B" the cue's content is the quotation, and B the participle's.
            return null;
        }
        int to = ReportedContent.clauseEnd(ctx.doc, from, end);
        if (npStart > first && tokens.get(npStart - 1).is("(")) {
            // "The mayor (she said the plan is bad) has none": what was said ends with its bracket.
            int k = from;
            while (k < to && !tokens.get(k).is(")")) {
                k++;
            }
            to = k;
        }
        to = FrontedClause.end(ctx, first, npStart, from, to, end);
        if (from == cue.endToken() && npStart > first && (FREE_RELATIVES.contains(tokens.get(npStart - 1).lower())
                || tokens.get(npStart - 1).is("that")) && ReportedContent.timeClauseOnly(ctx.doc, from, to)) {
            // "the shootings that Obama mentioned when he announced the steps": what he mentioned is the antecedent.
            return null;
        }
        return ctx.statement(Attribution.Source.CUE, m, cue, from, MediumTail.cut(ctx.doc, from, to), s, 0.85);
    }

    /** Something other than a comma or a lone pronoun follows the cue at once: "said it had closed", "praised the crews". */
    private static boolean objectFollows(List<Token> tokens, Cue cue, int end) {
        int k = cue.endToken();
        return k + 1 < end && tokens.get(k).isWord() && !(PRONOUN_OBJECTS.contains(tokens.get(k).lower())
                && !tokens.get(k + 1).isWord());
    }

    /**
     * "..., lawmakers said Friday, as they bristled at ...", "..., the union said, adding that ...": the first
     * comma after {@code from} that opens an adverbial clause or a participle clause, or {@code end}. What
     * follows it is no part of the cue's own phrase.
     */
    private int adjunctAfter(AttributionContext ctx, int from, int end) {
        for (int k = from; k < end - 1; k++) {
            if (ctx.tokens.get(k).is(",") && opensAdjunct(ctx, k + 1)) {
                return k;
            }
        }
        return end;
    }

    /** A time clause ("as they ...", "while ...") or a participle of saying ("adding that") starts at token {@code k}. */
    private boolean opensAdjunct(AttributionContext ctx, int k) {
        return SUBORDINATORS.contains(ctx.tokens.get(k).lower()) || ctx.cueAt[k] != null && lexicon.isGerund(ctx.cueAt[k]);
    }

    /** The ")" closing a bracketed cue, with at most a short adverbial between ("she noted on Monday)"), or -1. */
    private static int closingBracket(List<Token> tokens, Cue cue, int end) {
        for (int k = cue.endToken(); k < end && k - cue.endToken() <= Windows.TRAILING_ADVERBIAL_TOKENS; k++) {
            if (tokens.get(k).is(")")) {
                return ReportedContent.trailing(tokens, cue.endToken(), k) ? k : -1;
            }
        }
        return -1;
    }

    /** The first semicolon after {@code from} outside quotations, or {@code end}. */
    private static int semicolonAfter(AttributionContext ctx, int from, int end) {
        for (int k = from; k < end; k++) {
            if (ctx.tokens.get(k).is(";") && ctx.doc.quoteAt(ctx.tokens.get(k).start()) == null) {
                return k;
            }
        }
        return end;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** The "and" or "but" before the cue's verb group ("and has since said"), or -1. */
    private static int coordinatingConjunction(List<Token> tokens, Cue cue, int first) {
        int p = ClauseShapes.skipAdverbsLeft(tokens, ClauseShapes.infinitiveAfter(tokens,
                ClauseShapes.skipAdverbsLeft(tokens, cue.firstToken() - 1, first), first), first);
        return p > first + 1 && (tokens.get(p).is("and") || tokens.get(p).is("but")) ? p : -1;
    }

    /**
     * "Y, said X." After the plain verbs of saying a short adverbial may follow the speaker ("Y, said one
     * official in the room."); after others ("..., found an assessment of ...") the words are an object.
     */
    private Attribution inverted(AttributionContext ctx, Cue cue, Sentence s, int end) {
        List<Token> tokens = ctx.tokens;
        int prev = cue.firstToken() - 1;
        if (prev <= s.firstToken() || !tokens.get(prev).is(",")) {
            return null;
        }
        int npEnd = ctx.mentions.scanRight(cue.endToken(), s.endToken());
        Mention m = ctx.mentions.build(cue.endToken(), npEnd);
        if (m == null || npEnd < end && !tokens.get(npEnd).is(",") && !(Lexicon.SAY_TELL.contains(tokens.get(cue.firstToken()).lower())
                && ReportedContent.trailing(tokens, npEnd, end))) {
            return null;
        }
        // "The paradox, says one historian, is that ...": the clause goes on after the speaker.
        int to = npEnd < end && Parenthetical.continues(ctx, npEnd, end) ? end : prev;
        return ctx.statement(Attribution.Source.CUE, m, cue, s.firstToken(), to, s, 0.8);
    }

    /** Several speakers in one sentence: each statement stops where the next speaker's clause begins. */
    private static void trimAtLaterSpeakers(AttributionContext ctx, List<Attribution> inSentence) {
        for (int i = 0; i < inSentence.size(); i++) {
            Attribution a = inSentence.get(i);
            Attribution cut = null;
            for (Attribution b : inSentence) {
                boolean trailing = b.contentEnd <= b.mention.start();
                boolean inside = b != a && b.mention.start() > a.contentStart && b.mention.start() < a.contentEnd
                        && (trailing || b.contentStart >= a.contentStart && coordinated(ctx, b));
                if (inside && (cut == null || b.mention.start() < cut.mention.start())) {
                    cut = b;
                }
            }
            int k;
            Attribution second = secondVerbInside(inSentence, a);
            if (second != null) {
                // "said A and added that B", "said A, adding that B": A ends before the "and" or the comma.
                k = ctx.tokenAtOrAfter(second.contentStart) - 1;
                while (k > 0 && !(ctx.tokens.get(k).is("and") || ctx.tokens.get(k).is("but") || ctx.tokens.get(k).is(","))) {
                    k--;
                }
            } else if (cut != null) {
                k = ctx.tokenAtOrAfter(cut.mention.start());
            } else {
                continue;
            }
            k--;
            while (k >= 0 && ClauseShapes.isBoundary(ctx.tokens.get(k)) && ctx.tokens.get(k).type() != Token.Type.QUOTE) {
                k--;
            }
            if (k >= 0 && ctx.tokens.get(k).end() > a.contentStart) {
                inSentence.set(i, new Attribution(a.source, a.mention, a.cue, a.contentStart, ctx.tokens.get(k).end(),
                        a.block, a.confidence));
            }
        }
    }

    private static Attribution secondVerbInside(List<Attribution> inSentence, Attribution a) {
        for (Attribution b : inSentence) {
            if (b != a && (b.source == Attribution.Source.SECOND_VERB || b.source == Attribution.Source.GERUND)
                    && b.contentStart > a.contentStart
                    && b.contentStart < a.contentEnd) {
                return b;
            }
        }
        return null;
    }

    /** ", though she acknowledged": a second statement joined by a conjunction or semicolon, not a reported one. */
    private static boolean coordinated(AttributionContext ctx, Attribution b) {
        int k = ctx.tokenAtOrAfter(b.mention.start()) - 1;
        if (k < 0) {
            return false;
        }
        Token before = ctx.tokens.get(k);
        return before.is(";") || COORDINATORS.contains(before.lower()) && k > 0 && ctx.tokens.get(k - 1).is(",");
    }
}
