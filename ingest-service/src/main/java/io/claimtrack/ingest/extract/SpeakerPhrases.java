package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** The speaker phrase before a cue, with its parenthesis, aside or description; shared by the patterns. */
final class SpeakerPhrases {

    static final Set<String> SENTENCE_CONJUNCTIONS = WordSet.of("and", "but", "so");
    private static final Set<String> PLACE_ADVERBS = WordSet.of("there", "here");

    /** Abbreviations that close a name, a person's or a company's: "Biden Jr.", "Harbour Systems Inc.". */
    static final Set<String> NAME_SUFFIXES = WordSet.of("jr", "sr", "inc", "corp", "co", "ltd", "plc");
    /** "Everyone but Holm", "all except the mayor": a group less the one named. */
    private static final Set<String> UNIVERSALS = WordSet.of("everyone", "everybody", "all");
    private static final Set<String> EXCEPTIONS = WordSet.of("but", "except");

    private final Lexicon lexicon;
    private final Asides asides;
    private final SubjectBeforeAsides subjectBeforeAsides;
    private final TailedPhrases tails;

    SpeakerPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.asides = new Asides(lexicon, this);
        this.subjectBeforeAsides = new SubjectBeforeAsides(lexicon);
        this.tails = new TailedPhrases(lexicon);
    }

    /**
     * The speaker phrase right before the cue. A parenthesis ("Mike Pence (R-IN) said") is skipped, and
     * so is a phrase between commas ("Trump, speaking in Ohio, said"; "Peskov, the Kremlin spokesman,
     * said"), whose role description, if it is one, is kept.
     */
    Mention before(AttributionContext ctx, Cue cue, Sentence s) {
        if (s != ctx.doc.sentences.get(cue.sentence())) {
            return find(ctx, cue, s);
        }
        // Reported speech and the lead-in stage both ask this of a lead-in's cue; the answer is the same.
        CueSpeakers known = ctx.speakerBefore;
        if (known.known(cue)) {
            return known.get(cue);
        }
        Mention m = find(ctx, cue, s);
        known.put(cue, m);
        return m;
    }

    /**
     * "Officials there say", "Her campaign workers here said": a place adverb right after the subject's head belongs to
     * it; the phrase ends before it. Not after a verb or another word that breaks a phrase ("is there").
     */
    private static int beforePlaceAdverb(AttributionContext ctx, int p, int first) {
        List<Token> tokens = ctx.tokens;
        return p > first && PLACE_ADVERBS.contains(tokens.get(p).text()) && tokens.get(p - 1).isWord()
                && !FunctionWords.NP_BREAKERS.contains(tokens.get(p - 1).lower()) && ctx.cueAt[p - 1] == null ? p - 1 : p;
    }

    private Mention find(AttributionContext ctx, Cue cue, Sentence s) {
        Mention m = phrase(ctx, cue, s);
        Mention given = GivenName.in(ctx, s.firstToken(), cue.firstToken(), m);
        return given != null ? given : m;
    }

    private Mention phrase(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        // "Question: On Monday the minister said that ...": the adverbial opens the question's sentence, not its label.
        int opening = TurnLabels.afterQuestionLabel(ctx, s);
        int first = opening;
        int p = ClauseShapes.skipAdverbsLeft(tokens, ClauseShapes.infinitiveAfter(tokens,
                ClauseShapes.skipAdverbsLeft(tokens, cue.firstToken() - 1, first), first), first);
        p = beforePlaceAdverb(ctx, p, first);
        int subject = BareAdverbial.subjectAfterOpening(tokens, first, p + 1);
        if (subject <= p) {
            // "Last week Brandt said", "In 2010 she said", "But later she said": the phrase starts after an adverbial without
            // its comma.
            first = subject;
        }
        // "It was the third time the union said", "This time he praised": the clause names the time before it.
        first = ClauseShapes.subjectAfterTime(tokens, first, p);
        if (p > first && first == opening && ClauseShapes.perceiving(tokens.get(first))) {
            // "Watching Berg talk about the ferries, Reed said": the participle's object speaks, not the participle.
            first++;
        }
        int pronoun = p >= first ? PhraseShapes.contractedPronoun(tokens.get(p)) : 0;
        if (pronoun > 0 && (p == first || ClauseShapes.isBoundary(tokens.get(p - 1)))) {
            // "He’s claiming", "they’ve said": the pronoun before the contracted auxiliary speaks.
            int at = tokens.get(p).start();
            return new Mention(at, at + pronoun, ctx.doc.text(at, at + pronoun), "", "", SpeakerKind.PRONOUN);
        }
        int shareEnd = p >= first ? Quantities.beforeApposedFigure(tokens, p, first) : p;
        int share = p >= first ? Quantities.shareStart(tokens, shareEnd, first) : -1;
        if (share >= 0 && (share == first || ClauseShapes.isBoundary(tokens.get(share - 1)))) {
            // Before the time-phrase skip, which would take the "in 10" of "three in 10" for a year.
            return new Mention(tokens.get(share).start(), tokens.get(shareEnd).end(),
                    ctx.doc.text(tokens.get(share).start(), tokens.get(shareEnd).end()), "", "", SpeakerKind.GROUP);
        }
        Mention those = p >= first ? ParticipleGroup.endingAt(ctx, p, first) : null;
        if (those != null) {
            // "Those over 60 say": before the time-phrase skip too, which would take "over 60" for a time.
            return those;
        }
        p = ClauseShapes.skipAdverbsLeft(tokens, ReportedContent.beforeTimePhrase(tokens, p, first), first);
        // "Holm at the time said", "the union in a statement on Friday said": a time may stand either side of the adjunct.
        p = ClauseShapes.skipAdverbsLeft(tokens, ReportedContent.beforeTimePhrase(tokens, PreverbalAdjunct.before(tokens, p, first), first), first);
        if (p > first && FunctionWords.FLOATING_QUANTIFIERS.contains(tokens.get(p).lower())
                && tokens.get(p - 1).is(")")) {
            // "Ann Holm (D-Ore.) and Tor Lind (D-Ohio) all suggested": the quantifier floats after the subject's brackets.
            p--;
        }
        if (p >= first && tokens.get(p).is(")")) {
            while (p >= first && !tokens.get(p).is("(")) {
                p--;
            }
            p--;
        }
        p = beforeSuffixPeriod(tokens, p, first);
        if (p < first) {
            return null;
        }
        if (Datelines.closesDate(tokens, p, first)) {
            // "An analysis of boats docked since March 3, 2011, shows": no aside, but a date that is the clause
            // subject's own; the whole subject is the clause subject's to read.
            return null;
        }
        int comma = p;
        while (comma > first && tokens.get(comma).type() == Token.Type.QUOTE) {
            comma--;
        }
        if (comma < p && comma > first && QuotedAside.afterClosingMarks(ctx, comma) == p + 1) {
            // "Holm, citing “the magic of the port,” said": the aside's comma stands inside the quotation ending it.
            Mention m = asides.beforeAside(ctx, first, comma);
            if (m == null && !lexicon.isGerund(cue) && !speakerAfter(ctx, cue, s)) {
                // 'An audit completed in May, titled “Closing the Gap,” found': the whole subject before such asides.
                m = subjectBeforeAsides.beforeAsides(ctx, first, p);
            }
            if (m != null && m.end() <= ctx.doc.quoteAt(tokens.get(comma).start()).start()) {
                // Not '“Oh my God, this can't be happening,” adding': the speaker stands outside the quotation.
                return m;
            }
        }
        if (tokens.get(p).is(",") || Asides.isDash(tokens.get(p))) {
            if (tokens.get(p).is(",") && speakerAfter(ctx, cue, s) && Asides.predicate(ctx, first, p)) {
                // "The boats, two skiffs and a barge, were bought with ..., says Lund": the speaker follows the cue.
                return null;
            }
            Mention m = tokens.get(p).is(",") ? asides.beforeAside(ctx, first, p) : asides.beforeDashAside(ctx, first, p);
            if (m != null && tokens.get(p).is(",")) {
                Mention whole = subjectBeforeAsides.aroundRelative(ctx, first, p, m);
                return whole != null ? whole : m;
            }
            return m != null || lexicon.isGerund(cue) || speakerAfter(ctx, cue, s) ? m : subjectBeforeAsides.beforeAsides(ctx, first, p);
        }
        int named = NamingRelative.nameStart(ctx, p, first, cue);
        if (named >= 0) {
            // "a step Petrakis described as a formality": the name speaks, not the step.
            return ctx.mentions.build(named, p + 1);
        }
        if (ObjectRelative.afterAntecedent(ctx, p, first) || ObjectRelative.pronounAfterBareNoun(ctx, p, first, cue)) {
            // "a charge she called “flatly untrue”": the noun phrase is the verb's object; the pronoun speaks.
            return ctx.mentions.build(p, p + 1);
        }
        int definite = ObjectRelative.definiteAfterAntecedent(ctx, p, first, cue);
        if (definite >= 0) {
            // "a measure the mayor said residents had asked for": likewise, the definite phrase speaks.
            return ctx.mentions.build(definite, p + 1);
        }
        if (ObjectRelative.bareGroupAfterAntecedent(ctx, p, first, cue) || ObjectRelative.groupAfterObject(ctx, p, first, cue)) {
            // "a rule supporters say will return ...", "cut the grant teachers say they need": so does a bare group.
            return ctx.mentions.build(p, p + 1);
        }
        Mention m = tails.withoutAside(ctx, p, first);
        if (m == null && p > first && deckClause(ctx, cue, s, p)) {
            m = ctx.mentions.describe(p, p + 1);
        }
        // "Holm, a top aide said, is confident": a cue between commas is an aside of its own, no apposition's.
        Mention apposed = m == null || cue.endToken() < s.endToken() && tokens.get(cue.endToken()).is(",") ? null
                : asides.unclosedApposition(ctx, first, m);
        if (apposed != null) {
            return apposed;
        }
        int start = m == null ? -1 : ctx.tokenAtOrAfter(m.start());
        if (start - 2 >= first && EXCEPTIONS.contains(tokens.get(start - 1).lower())
                && UNIVERSALS.contains(tokens.get(start - 2).lower())) {
            // "Everyone but Hewlett said yes": the one excepted is the only one who did not say it.
            int at = tokens.get(start - 2).start();
            return new Mention(at, m.end(), ctx.doc.text(at, m.end()), "", "", SpeakerKind.GROUP);
        }
        if (m != null && m.hasName() && p == first && tokens.get(p).isCapitalized() && !tokens.get(p).isAllCaps()
                && !lexicon.isFirstName(tokens.get(p).lower()) && !lexicon.isSpeakerNoun(tokens.get(p))
                && ctx.isCommonWord(tokens.get(p).lower()) && !headlineSubject(ctx, cue, s)) {
            // "Terrorist attacks in ...": capitalised only because it opens the sentence.
            return null;
        }
        return m;
    }

    /**
     * "City says repairs could take a week": headlinese drops the article before a singular subject, whose verb
     * then ends in "s" ("Gas demand in region to grow" has no such verb).
     */
    private static boolean headlineSubject(AttributionContext ctx, Cue cue, Sentence s) {
        return ctx.doc.block(s.block()).kind() == Block.Kind.HEADLINE && ctx.tokens.get(cue.firstToken()).lower().endsWith("s");
    }

    /**
     * "Parents plead for bus routes; district says cuts were unavoidable": a deck's clause after a semicolon opens with
     * a bare lower-case noun that says in the present, headline grammar whatever the noun, which no list need hold.
     * After a comma the noun and its verb close the clause, what stands before it said: "Pool will close, city says".
     * After a comma's "as" the clause says what follows it: "Crews fell old elm, as town says tree was 'unsafe'".
     */
    private static boolean deckClause(AttributionContext ctx, Cue cue, Sentence s, int p) {
        Token noun = ctx.tokens.get(p);
        Token before = ctx.tokens.get(p - 1);
        boolean commaAs = before.is("as") && p - 2 > s.firstToken() && ctx.tokens.get(p - 2).is(",");
        return noun.isLowerWord() && p + 1 == cue.firstToken() && BodyDescriptions.topLine(ctx.doc, s.block())
                && ctx.tokens.get(cue.firstToken()).lower().endsWith("s")
                && (before.is(";") || commaAs || before.is(",") && closesClause(ctx, cue.endToken(), s));
    }

    /** Whether token {@code k} ends sentence {@code s}'s clause: its end, a semicolon or a sentence's close. */
    private static boolean closesClause(AttributionContext ctx, int k, Sentence s) {
        return k >= s.endToken() || ctx.tokens.get(k).is(";") || ctx.tokens.get(k).closesSentence();
    }

    /**
     * "Joseph R. Biden Jr. said", "Acme Corp. (NYSE: ACM) today said": the period of a suffix that closes a name
     * ends no sentence and belongs to the name, so the name ends at the suffix before token {@code p}, a period.
     */
    static int beforeSuffixPeriod(List<Token> tokens, int p, int first) {
        return p > first && tokens.get(p).is(".") && NAME_SUFFIXES.contains(tokens.get(p - 1).lower()) ? p - 1 : p;
    }

    /** After the period of a suffix that closes a name at token {@code p} ("Jr." of "said Tom Dunmore Jr., a ..."), or {@code p}. */
    static int afterSuffixPeriod(List<Token> tokens, int p, int end) {
        return p + 1 < end && beforeSuffixPeriod(tokens, p, 0) < p ? p + 1 : p;
    }

    /**
     * "..., said DeSantis, who ...", "..., said one official.": the cue's own speaker follows it, so what stands
     * before its comma is what was said, not a subject with asides.
     */
    private static boolean speakerAfter(AttributionContext ctx, Cue cue, Sentence s) {
        int npEnd = ctx.mentions.scanRight(cue.endToken(), s.endToken());
        Mention m = npEnd < 0 ? null : ctx.mentions.build(cue.endToken(), npEnd);
        if (m == null) {
            return false;
        }
        Token next = npEnd < s.endToken() ? ctx.tokens.get(npEnd) : null;
        return next == null || next.is(",") || next.is(".") || next.is("(") || Asides.isDash(next);
    }

    /** The speaker phrase ending at token {@code last}, with a description's tail ({@link TailedPhrases#endingAt}). */
    Mention endingAt(AttributionContext ctx, int last, int first) {
        return tails.endingAt(ctx, last, first);
    }
}
