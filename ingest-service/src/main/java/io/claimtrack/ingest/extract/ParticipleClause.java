package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A participle of saying: "X said A, adding that B", "the ministry issued a statement saying B", "..., with
 * press secretary Jen Psaki telling reporters B". The speaker is the cue's before it, the sentence's
 * subject, or the participle's own.
 */
final class ParticipleClause {

    private static final Set<String> GERUND_LEADS = WordSet.of(",", "as", "by", "for", "after", "while", "before",
            "without", "when", "in", "upon");
    /**
     * Words of time before a participle right after a cue and its speaker: "“Q,” the governor said, before
     * clarifying that B", "Lund responded before adding that B". The cue's speaker says B too.
     */
    private static final Set<String> TIME_LEADS = WordSet.of("after", "before", "while");
    /** Words before a participle clause that opens the sentence ahead of its subject: "After saying ..., she". */
    private static final Set<String> OPENING_LEADS = WordSet.of("after", "before", "while", "upon");
    /** Participles of saying that always introduce what was said, with or without "that". */
    private static final Set<String> CLAUSE_GERUNDS = WordSet.of("saying", "adding", "telling");
    /**
     * The words before "from" or "than" that make an exception of the participle: "refused to name them, aside from
     * saying A", "other than saying A". What the exception says was said, by the subject of the withheld act.
     */
    private static final Set<String> EXCEPTION_WORDS = WordSet.of("aside", "apart", "other");

    private final SpeakerPhrases speakers;
    private final SentenceSubjects subjects;
    private final ParticipleMedium media;

    ParticipleClause(SpeakerPhrases speakers, SentenceSubjects subjects) {
        this.speakers = speakers;
        this.subjects = subjects;
        this.media = new ParticipleMedium(subjects);
    }

    /** "..., saying that Y": the speaker is the subject that opens the sentence. */
    Attribution attribute(AttributionContext ctx, Cue cue, Sentence s, int end) {
        int prev = before(ctx, cue, s);
        int subject = subjectAfterOpeningClause(ctx.tokens, cue, s, end, prev);
        if (subject > 0) {
            // "After saying her foot was swollen, she was rushed to ...": the subject after the clause speaks; a
            // quotation closing the clause keeps its comma and mark.
            Mention m = subjects.startingAt(ctx, subject, end);
            int to = ctx.tokens.get(subject - 1).is(",") ? subject - 1 : subject;
            int from = ContentStart.startAfterCue(ctx.tokens, cue, end);
            // "After posting some of the tweets, she ..." is an action: what follows must be said.
            // "Claiming the criticism is designed to ..., Berg told": a participle opening the sentence may take a
            // clause without "that".
            boolean said = from > cue.endToken() || CLAUSE_GERUNDS.contains(ctx.tokens.get(cue.firstToken()).lower())
                    || cue.firstToken() == s.firstToken() && BareClause.opensAt(ctx.tokens, from, s)
                    || prev >= s.firstToken() && ParticipleShapes.mannerLead(ctx.tokens, prev) >= 0
                    && ParticipleShapes.objectFollows(ctx.tokens, cue, to);
            return m == null || !said ? null : ctx.content.statement(Attribution.Source.CUE, m, cue, from, to, s, 0.7);
        }
        Mention m = speaker(ctx, cue, s, end, prev);
        if (m == null) {
            return null;
        }
        List<Token> tokens = ctx.tokens;
        // ", adding that B", ", saying “B”" and ", noting he had B" open a statement of their own; ", calling it
        // corrupt" rounds off the one before. ", telling reporters he would run": the one told is no content.
        int after = ContentStart.startAfterCue(tokens, cue, end);
        int told = Listeners.afterAddressee(ctx, cue, after, end);
        int from = told < 0 ? after : told;
        boolean joined = ParticipleShapes.coordinated(tokens, prev, s.firstToken());
        boolean ownClause = (tokens.get(prev).is(",") || ParticipleShapes.loneDash(tokens, prev, s) || joined
                || exceptionLead(tokens, prev, s))
                && from < end && (from > cue.endToken()
                || tokens.get(from).type() == Token.Type.QUOTE || CLAUSE_GERUNDS.contains(tokens.get(cue.firstToken()).lower())
                || ParticipleShapes.ownObject(tokens, cue, from, end)
                || BareClause.opensAt(tokens, from, s));
        if (joined && !ownClause) {
            // "..., dialing back plans and proposing new limits": a second participle that reports nothing of its own
            // is part of what the first one tells.
            return null;
        }
        return ctx.content.statement(ownClause ? Attribution.Source.GERUND : Attribution.Source.CUE, m, cue, from,
                tokens.get(prev).is(",") ? beforeSubjectsVerb(ctx, from, resumedQuotation(tokens, from, end, s)) : end, s, 0.7);
    }

    /**
     * "“Q1,” Holm said, referring to the fare rise, “you give ammunition to ...”": in a sentence a quotation opens, the
     * participle's first comma, when a quotation going on in lower case follows it and no clause opened before it,
     * ends the participle's words, and the quotation resumes the first ({@link FollowOnQuoteStage}); the comma's
     * index, or {@code end}.
     */
    private static int resumedQuotation(List<Token> tokens, int from, int end, Sentence s) {
        if (tokens.get(s.firstToken()).type() != Token.Type.QUOTE) {
            return end;
        }
        for (int k = from; k + 2 < end; k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return tokens.get(k + 1).type() == Token.Type.QUOTE && tokens.get(k + 2).isLowerWord() ? k : end;
            }
            if (t.type() == Token.Type.QUOTE || ClauseShapes.CLAUSE_WORDS.contains(t.lower())) {
                // "adding that if the party loses, “...”": the quotation ends the participle's own clause.
                return end;
            }
        }
        return end;
    }

    /**
     * "Holm, citing “the magic of the port,” said he would stay": a participle set off after the subject ends at
     * the comma (and the closing mark after it) that the subject's own verb of saying follows.
     */
    private static int beforeSubjectsVerb(AttributionContext ctx, int from, int end) {
        List<Token> tokens = ctx.tokens;
        for (int k = from; k < end - 1; k++) {
            if (tokens.get(k).is(";") || tokens.get(k).is(":")) {
                return end;
            }
            if (!tokens.get(k).is(",")) {
                continue;
            }
            int marks = QuotedAside.afterClosingMarks(ctx, k);
            int next = marks > 0 ? marks : k + 1;
            Cue verb = next < end ? ctx.cueAt[next] : null;
            if (verb != null && verb.kind() == Lexicon.CueKind.VERB && !tokens.get(next).lower().endsWith("ing")) {
                return next == k + 1 ? k : next;
            }
        }
        return end;
    }

    /**
     * "After saying her foot was “so swollen I could barely walk,” she ...", "Noting that the quay was old, Lund
     * ...", "One month after announcing ..., she": a participle clause that opens the sentence, alone or after
     * "after", "before" or "while" (and a span of time), ends at its first comma; the subject's index after that
     * comma and a closing quotation mark right after it, or -1.
     */
    private static int subjectAfterOpeningClause(List<Token> tokens, Cue cue, Sentence s, int end, int prev) {
        // Only adverbs before the participle ("Repeatedly citing ..."): it opens the sentence.
        boolean opening = prev < s.firstToken() || OPENING_LEADS.contains(tokens.get(prev).lower())
                && (prev == s.firstToken() || ClauseShapes.spanBefore(tokens, s.firstToken(), prev))
                || ParticipleShapes.mannerLead(tokens, prev) == s.firstToken();
        return opening ? ParticipleShapes.openingClauseEnd(tokens, cue.endToken(), end) : -1;
    }

    /** The token before the participle, past adverbs and a closing quotation mark after a comma. */
    private static int before(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        // ", even suggesting", ", repeatedly saying": an adverb before the participle changes nothing.
        int going = ParticipleShapes.goingOnTo(tokens, cue, s.firstToken());
        int prev = ClauseShapes.skipAdverbsLeft(tokens, (going > 0 ? going : cue.firstToken()) - 1, s.firstToken());
        if (prev > s.firstToken() + 1 && tokens.get(prev).type() == Token.Type.QUOTE && tokens.get(prev - 1).is(",")
                && ctx.doc.quoteAt(tokens.get(prev).start()) != null) {
            // "a defense of “city values,” saying ...": the comma before the participle stands inside the closing mark.
            prev--;
        }
        return prev;
    }

    /** Who says what the participle introduces, or null when the participle is no cue of its own here. */
    Mention speaker(AttributionContext ctx, Cue cue, Sentence s, int end) {
        return speaker(ctx, cue, s, end, before(ctx, cue, s));
    }

    /** "telling about 300 students that ...": the "about" after a verb of telling hedges a count of its listeners. */
    private static boolean countedListener(List<Token> tokens, Cue cue, int end) {
        return FunctionWords.ADDRESSEE_VERBS.contains(tokens.get(cue.firstToken()).lower())
                && CountedListener.end(tokens, cue.endToken(), end) > cue.endToken();
    }

    /** {@link #speaker} given the token {@code prev} before the participle. */
    private Mention speaker(AttributionContext ctx, Cue cue, Sentence s, int end, int prev) {
        List<Token> tokens = ctx.tokens;
        if (prev <= s.firstToken() || cue.endToken() < end && cue.endToken() - cue.firstToken() == 1
                && FunctionWords.TOPIC_PREPOSITIONS.contains(tokens.get(cue.endToken()).lower())
                && !countedListener(tokens, cue, end)
                && !MediumTail.beforeThat(tokens, cue.endToken(), end) && FeltManner.end(tokens, cue.endToken(), end) < 0
                || laterCue(ctx, cue, s) || ParticipleShapes.insideOpeningSubject(tokens, prev, s)) {
            // "speaking on condition of anonymity", or an aside before the sentence's own cue:
            // "Pistorius, speaking to reporters, said ..."
            return null;
        }
        Mention share = tokens.get(cue.firstToken()).is("saying") ? Quantities.endingAt(ctx, prev, s.firstToken()) : null;
        if (share != null) {
            // "with 22 percent saying they would not", "the share of pilots saying": the share right before speaks.
            return share;
        }
        Mention m;
        // "sent an email Wednesday saying": a time between the medium and the participle changes nothing.
        int medium = ParticipleMedium.beforeRecipient(tokens, ReportedContent.beforeTimePhrase(tokens, prev, s.firstToken()), s.firstToken());
        boolean afterMedium = ReportedContent.isMedium(tokens.get(medium).lower());
        Cue before = tokens.get(prev).is(",") ? cueBefore(ctx, prev, s) : afterMedium ? cueBefore(ctx, medium + 1, s)
                : TIME_LEADS.contains(tokens.get(prev).lower()) ? cueBefore(ctx, tokens.get(prev - 1).is(",") ? prev - 1 : prev, s)
                : null;
        Mention inverted = before == null && tokens.get(prev).is(",") ? invertedSpeakerBefore(ctx, prev, s) : null;
        if (inverted != null) {
            // "“Q,” said Ada Lund, a former mayor, referring to the board": the inverted cue's speaker.
            m = inverted;
        } else if (before != null && speakers.before(ctx, before, s) != null) {
            // "X said A, adding that B", "“A,” the mayor said, arguing that B": the speaker of the cue before.
            m = speakers.before(ctx, before, s);
        } else if (GERUND_LEADS.contains(tokens.get(prev).lower()) || afterMedium || exceptionLead(tokens, prev, s)
                || ParticipleShapes.coordinated(tokens, prev, s.firstToken())) {
            // ", saying", "was quoted as saying", "began by saying", "issued a statement saying": the subject of the
            // nearest clause with one speaks, else the sentence's.
            Mention nearer = subjects.nearer(ctx, s, afterMedium ? medium : prev);
            m = nearer != null ? nearer : subjects.opening(ctx, s, cue.firstToken());
            if (m == null && tokens.get(prev).is(",")) {
                // "The lawyer for the tenants of a building called for A, saying B": a subject too long for the
                // opening's scan already speaks the statement the comma goes on from.
                m = SharedSubject.ofStatementAcross(ctx.sentenceStatements, tokens.get(prev).start());
            }
        } else if (ParticipleShapes.loneDash(tokens, prev, s)) {
            // "Rubio flipped his choice on the spot – saying ...": a dash sets the participle off as a comma does,
            // when it opens no aside and the sentence's subject is a name or a pronoun.
            Mention opening = subjects.opening(ctx, s, cue.firstToken());
            m = opening != null && (opening.hasName() || opening.isPronoun()) ? opening : null;
        } else {
            // "..., with press secretary Jen Psaki telling reporters ..."
            Mention own = speakers.before(ctx, cue, s);
            int at = own == null ? -1 : ctx.tokenAtOrAfter(own.start()) - 1;
            m = at >= s.firstToken() && (tokens.get(at).is("with") || tokens.get(at).is(",")) ? own : media.carrier(ctx, prev, s);
        }
        return m;
    }

    /** "aside from", "apart from", "other than" or "beyond" ending at {@code prev}, before the participle. */
    private static boolean exceptionLead(List<Token> tokens, int prev, Sentence s) {
        return exceptionLeadStart(tokens, prev + 1, s.firstToken()) >= 0;
    }

    /** The first token of an exception lead right before the participle at {@code verb}, or -1. */
    static int exceptionLeadStart(List<Token> tokens, int verb, int first) {
        int prev = verb - 1;
        if (prev >= first && tokens.get(prev).is("beyond")) {
            return prev;
        }
        return prev > first && (tokens.get(prev).is("from") || tokens.get(prev).is("than"))
                && EXCEPTION_WORDS.contains(tokens.get(prev - 1).lower()) ? prev - 1 : -1;
    }

    /**
     * The speaker of a statement whose cue stands before it ("said Ada Lund") when the speaker phrase, or an
     * apposition after it ("said Ada Lund, a former mayor of the town"), ends at the comma {@code prev}; else null.
     */
    private static Mention invertedSpeakerBefore(AttributionContext ctx, int prev, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int from = Math.max(s.firstToken(), prev - Windows.SPEAKER_AFTER_QUOTE_TOKENS - Windows.ASIDE_TOKENS);
        for (Attribution a : ctx.near(tokens.get(from).start(), tokens.get(prev).start())) {
            if (a.mention == null || a.nested || a.mention.start() < tokens.get(from).start()) {
                continue;
            }
            int start = ctx.tokenAtOrAfter(a.mention.start());
            int end = afterBracket(tokens, ctx.tokenAtOrAfter(a.mention.end()), prev);
            if (start <= s.firstToken() || end > prev || ctx.cueEndingAt[start - 1] == null) {
                continue;
            }
            // "said Ada Lund at the time, adding": a short adverbial after the speaker says when or where.
            int k = end == prev || ReportedContent.trailing(tokens, end, prev) ? prev
                    : tokens.get(end).is(",") && prev - end <= Windows.ASIDE_TOKENS ? end + 1 : -1;
            while (k > 0 && k < prev && !tokens.get(k).is(",") && ctx.cueAt[k] == null) {
                k++;
            }
            if (k == prev) {
                return a.mention;
            }
        }
        return null;
    }

    /** "said Rep. Ola Berg (D-Va.) at the time": the token after a bracket opening at {@code k}; {@code k} without one. */
    private static int afterBracket(List<Token> tokens, int k, int prev) {
        if (k >= prev || !tokens.get(k).is("(")) {
            return k;
        }
        for (int i = k + 1; i < prev && i - k <= Windows.ASIDE_TOKENS; i++) {
            if (tokens.get(i).is(")")) {
                return i + 1;
            }
        }
        return k;
    }

    /**
     * The cue that ends right before token {@code at}, or before a short adverbial or its listener that does:
     * "she said in the Oval Office, emphasizing ...", "she said at a news conference announcing ...", "“Q,” he told
     * a rally, saying ..."; null when there is none.
     */
    private static Cue cueBefore(AttributionContext ctx, int at, Sentence s) {
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - Windows.TRAILING_ADVERBIAL_TOKENS); k--) {
            Cue c = ctx.cueEndingAt[k];
            if (c != null) {
                return k == at - 1 || ReportedContent.trailing(ctx.tokens, k + 1, at)
                        || Listeners.afterAddressee(ctx, c, c.endToken(), at) < 0 ? c : null;
            }
        }
        return null;
    }

    /**
     * "Pistorius, speaking to reporters, said ...": the participle phrase is an aside closed by a comma that
     * the sentence's own cue follows. A cue inside the participle's content ("saying anybody who complains
     * ...") is no such cue.
     */
    private static boolean laterCue(AttributionContext ctx, Cue gerund, Sentence s) {
        for (int i = gerund.endToken(); i < s.endToken() - 1; i++) {
            if (!ctx.tokens.get(i).is(",") && !Asides.isDash(ctx.tokens.get(i))) {
                continue;
            }
            Cue c = ctx.cueAt[ClauseShapes.skipAdverbsRight(ctx.tokens, i + 1, s.endToken())];
            if (c != null && c.kind() == Lexicon.CueKind.VERB && !c.text().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }
}
