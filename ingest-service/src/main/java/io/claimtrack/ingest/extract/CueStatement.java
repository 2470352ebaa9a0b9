package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The statement a cue not yet paired with a quotation reports: its speaker before the cue, after it ("Y, said
 * X"), the sentence's subject before "and"/"but", a relative's antecedent or a medium's publisher, and the content
 * the shape of the sentence gives.
 */
final class CueStatement {

    /** Adverbs that stand alone between commas after a subject: "she, too, wants". */
    private static final Set<String> ONE_WORD_ASIDES = WordSet.of("too", "also", "though", "however", "instead");

    private final Lexicon lexicon;
    private final SpeakerPhrases speakers;
    private final AccordingTo accordingTo;
    private final ClauseSubject clauseSubject;
    private final SentenceSubjects subjects;
    private final RelativeAntecedent relatives;
    private final ParticipleClause participles;
    private final SpeakerBeforeCue beforeCue;

    CueStatement(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.speakers = new SpeakerPhrases(lexicon);
        this.accordingTo = new AccordingTo(lexicon);
        this.clauseSubject = new ClauseSubject(lexicon);
        this.subjects = new SentenceSubjects(lexicon);
        this.relatives = new RelativeAntecedent(lexicon, subjects);
        this.participles = new ParticipleClause(speakers, subjects);
        this.beforeCue = new SpeakerBeforeCue(lexicon, clauseSubject);
    }

    /** The statement the cue reports, or null. */
    Attribution of(AttributionContext ctx, Cue cue) {
        Sentence s = ctx.doc.sentences.get(cue.sentence());
        if (cue.kind() == Lexicon.CueKind.ACCORDING_TO) {
            return accordingTo.attribute(ctx, cue, s);
        }
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int end = ctx.content.endToken(s);
        if (ParticipleShapes.opens(lexicon, tokens, cue, first)) {
            return participles.attribute(ctx, cue, s, end);
        }
        if (cue.endToken() >= end && cue.firstToken() - first < Windows.MIN_CONTENT_TOKENS) {
            // "He said.": no room for content before the cue or after it, so no speaker to look for.
            return null;
        }
        if (ReportedClausePredicate.agreementSaid(ctx, cue, s)) {
            return null;
        }
        if (Agreement.on(tokens, cue, end) || Agreement.with(tokens, cue, s, end)) {
            Mention m = speakers.before(ctx, cue, s);
            return m == null ? null : ctx.content.statement(Attribution.Source.CUE, m, cue, cue.endToken() + 1,
                    ReportedContent.clauseEnd(ctx.doc, cue.endToken() + 1, end), s, 0.75);
        }
        if (cue.endToken() + 1 < end && FunctionWords.TOPIC_PREPOSITIONS.contains(tokens.get(cue.endToken()).lower())
                && cue.endToken() - cue.firstToken() == 1 && !FunctionWords.SAY_TELL.contains(tokens.get(cue.firstToken()).lower())
                && !Agreement.withThat(tokens, cue, s, end) && !ClauseShapes.durationBeforeThat(tokens, cue.endToken(), end)
                && !MediumTail.beforeThat(tokens, cue.endToken(), end) && !MediumTail.recordBeforeThat(tokens, cue.endToken(), end)
                && FeltManner.end(tokens, cue.endToken(), end) < 0
                && tokens.get(cue.endToken() + 1).isWord() && !Mentions.isDateWord(tokens.get(cue.endToken() + 1).lower())
                && PleaObject.start(tokens, cue, end) < 0 && !BareClause.hedgedFigureOpens(tokens, cue.endToken(), end)
                && TopicBeforeQuote.start(tokens, cue.endToken(), end) < 0 && !tokens.get(cue.endToken() + 1).is("behalf")) {
            // "reported on the talks", "commented about": a topic, not what was said ("wrote on Facebook that" names
            // where; "predicted about a third of ... will" hedges a figure; "wrote of X: “...”" quotes after it;
            // "submitted on behalf of the family that" names whom the speaker speaks for).
            return null;
        }
        int published = PublishedMedium.verbBefore(tokens, cue, first);
        if (published > 0) {
            // "He released a letter from his doctor that says ...": the one who put the medium out speaks.
            Mention nearer = subjects.nearer(ctx, s, published);
            Mention publisher = nearer != null ? nearer : subjects.opening(ctx, s, published);
            int from = ContentStart.startAfterCue(tokens, cue, end);
            return publisher == null ? null : ctx.content.statement(Attribution.Source.CUE, publisher, cue, from,
                    ReportedContent.clauseEnd(ctx.doc, from, end), s, 0.75);
        }
        Mention possessed = PossessiveRelative.speaker(ctx, cue, s);
        if (possessed != null) {
            // "the guild, whose chair, Orla Benn, claimed A": the relative clause's subject, not the sentence's.
            return ofAntecedent(ctx, cue, s, end, possessed, PossessiveRelative.clauseOpen(ctx, possessed));
        }
        Mention m = speakers.before(ctx, cue, s);
        if (m != null && RestatedTopic.inQuestion(ctx, cue, s, m, end)) {
            return null;
        }
        int conjunction = m == null ? coordinatingConjunction(ctx, cue, s) : -1;
        int serial = m == null && conjunction < 0 ? SerialPredicate.comma(ctx, cue, s, lexicon) : -1;
        conjunction = serial > 0 ? serial : conjunction;
        if (conjunction > 0 && serial < 0 && tokens.get(conjunction).is(",") && inverted(ctx, cue, s, end) != null
                && !subjectSpeaksBefore(ctx, s, conjunction)) {
            // "Ceasefire will hold, says senior diplomat": the speaker after the cue.
            conjunction = -1;
        }
        if (conjunction > 0 && ruleOut(tokens, cue) && cue.firstToken() > s.firstToken()
                && tokens.get(cue.firstToken() - 1).is("not")) {
            // "noted that A and did not rule out B": what is held possible qualifies the report before it, whose
            // content keeps it. "said A, and ruled out B" is the speaker's next position, a statement of its own.
            return null;
        }
        if (conjunction > 0 && ReportedClausePredicate.continues(ctx, cue, s, conjunction)) {
            return null;
        }
        Mention relative = conjunction > 0 ? relatives.beforeConjunction(ctx, cue, s, conjunction) : null;
        if (relative != null) {
            // "Ines Varga, who answered the door and said A": the relative clause's antecedent, not the sentence's subject.
            return ofAntecedent(ctx, cue, s, end, relative);
        }
        if (conjunction > 0) {
            // "Nowak thanked the government but said that ...": the sentence's subject says it, when the verbs agree.
            Mention nearer = tokens.get(conjunction).is(",") ? null : subjects.nearer(ctx, s, conjunction);
            Mention inClause = nearer != null ? null : OpeningClauseSubject.of(ctx, subjects, s, conjunction);
            Mention subject = nearer != null ? nearer : inClause != null ? inClause : subjects.opening(ctx, s, cue.firstToken());
            subject = subject != null ? subject : subjects.speakingIt(ctx, s, conjunction);
            if (subject != null && serial < 0 && tokens.get(conjunction).is(",")) {
                subject = beforeHeadlineVerb(ctx, subject);
            }
            return subject == null || !CoordinatedTense.agrees(tokens, pastRelativeClause(tokens, ctx.tokenAtOrAfter(subject.end()),
                    conjunction), conjunction, cue.endToken(), lexicon) ? null
                    : secondVerb(ctx, cue, s, serial > 0 ? SerialPredicate.contentEnd(tokens, cue, s, lexicon, end) : end, subject,
                            inClause != null);
        }
        if (m == null) {
            Mention antecedent = relatives.relative(ctx, cue, s);
            if (antecedent != null) {
                return ofAntecedent(ctx, cue, s, end, antecedent);
            }
            Attribution inverted = inverted(ctx, cue, s, end);
            m = inverted == null ? clauseSubject.of(ctx, cue, s) : null;
            int named = m == null && inverted == null && cue.firstToken() > s.firstToken()
                    ? nameBeforeAppositive(ctx.mentions, tokens, s.firstToken(), cue.firstToken() - 1) : -1;
            if (named > 0) {
                m = ctx.mentions.build(s.firstToken(), named);
            } else if (m == null && inverted == null) {
                m = clauseSubject.afterConjunction(ctx, cue, s);
            }
            if (m == null) {
                return inverted;
            }
        }
        return beforeCue.attribute(ctx, cue, s, m, end);
    }

    /** A second verb's statement; inside a clause that opens the sentence, what was said ends at the clause's comma. */
    private static Attribution secondVerb(AttributionContext ctx, Cue cue, Sentence s, int end, Mention subject, boolean inClause) {
        int from = ContentStart.startAfterCue(ctx.tokens, cue, end);
        int to = inClause ? FrontedClause.end(ctx, s.firstToken(), ctx.tokenAtOrAfter(subject.start()), from, end, end) : end;
        return ctx.content.statement(Attribution.Source.SECOND_VERB, subject, cue, from, to, s, 0.75);
    }

    /**
     * "Heirs of the painter, who have a claim of their own, said A and would ask B": the subject's verb follows the
     * comma closing its relative clause, whose verb is not the subject's; {@code at} itself when no such clause opens there.
     */
    private static int pastRelativeClause(List<Token> tokens, int at, int conjunction) {
        if (at + 1 >= conjunction || !tokens.get(at).is(",") || !ClauseSubject.RELATIVES.contains(tokens.get(at + 1).lower())) {
            return at;
        }
        for (int k = at + 2; k + 1 < conjunction; k++) {
            if (tokens.get(k).is(",")) {
                return k + 1;
            }
        }
        return at;
    }

    /** What a relative clause's antecedent said: up to the clause's closing comma or dash, or its second verb. */
    private Attribution ofAntecedent(AttributionContext ctx, Cue cue, Sentence s, int end, Mention antecedent) {
        return ofAntecedent(ctx, cue, s, end, antecedent, ctx.tokenAtOrAfter(antecedent.end()));
    }

    /** {@link #ofAntecedent} for a clause whose opening comma or dash stands at or after token {@code clauseOpen}. */
    private Attribution ofAntecedent(AttributionContext ctx, Cue cue, Sentence s, int end, Mention antecedent, int clauseOpen) {
        List<Token> tokens = ctx.tokens;
        int from = ContentStart.startAfterCue(tokens, cue, end);
        int clauseEnd = ReportedContent.clauseEnd(ctx.doc, from, end);
        int aside = RelativeAntecedent.asideEnd(ctx, clauseOpen, from, clauseEnd);
        int to = CoordinatedPredicate.cut(ctx.doc, cue, from, aside < clauseEnd ? aside
                : AppositiveRelative.end(ctx, ctx.tokenAtOrAfter(antecedent.start()), from, clauseEnd), lexicon);
        return ctx.content.statement(Attribution.Source.CUE, antecedent, cue, from, to, s, 0.75);
    }

    /**
     * The "and", "but" or ", then" before the cue's verb group ("and has since said"), or -1. Headlinese joins a subject's
     * verbs with a comma ("Bank holds rate, signals cuts may wait"), in a headline or a deck's bullet ("* Central bank
     * holds rates, says ..."): there a comma before a verb in "-s" is one.
     */
    private int coordinatingConjunction(AttributionContext ctx, Cue cue, Sentence s) {
        AnnotatedDocument doc = ctx.doc;
        List<Token> tokens = doc.tokens;
        int first = s.firstToken();
        int p = ClauseShapes.skipAdverbsLeft(tokens, ClauseShapes.infinitiveAfter(tokens,
                ClauseShapes.skipAdverbsLeft(tokens, cue.firstToken() - 1, first), first), first);
        // "Price says ankle 'fine,' hopes to play": a headline's comma closed inside the quotation before the verb, when
        // the subject spoke before it ("Volunteers restored it; 'Q,' says carver" is the quotation's inverted cue).
        int comma = p == cue.firstToken() - 1 && tokens.get(p).type() == Token.Type.QUOTE && tokens.get(p - 1).is(",")
                && subjectSpeaksBefore(ctx, s, p - 1) ? p - 1 : p;
        return p > first + 1 && (tokens.get(p).is("and") || tokens.get(p).is("but") || commaThen(tokens, p, cue)
                || tokens.get(comma).is(",") && p == cue.firstToken() - 1 && tokens.get(cue.firstToken()).lower().endsWith("s")
                && headlinese(doc.block(s.block()).kind())) ? comma : -1;
    }

    /** "offered the man a job, then said he would ...": a comma and "then" join the subject's next verb. */
    private static boolean commaThen(List<Token> tokens, int p, Cue cue) {
        return tokens.get(p).is(",") && p + 1 < cue.firstToken() && tokens.get(p + 1).is("then");
    }

    private static boolean headlinese(Block.Kind kind) {
        return kind == Block.Kind.HEADLINE || kind == Block.Kind.BULLET;
    }

    /** "ruled out", "rule out": the cue of what is held possible or impossible. */
    private static boolean ruleOut(List<Token> tokens, Cue cue) {
        return cue.endToken() - cue.firstToken() == 2 && tokens.get(cue.firstToken()).lower().startsWith("rul")
                && tokens.get(cue.firstToken() + 1).is("out");
    }

    /**
     * "Lund says pier unsafe, slams Berg's plan": when the headline's subject speaks through a cue before the comma, the
     * verb after the comma is that subject's second, and the words after it are its object, no speaker.
     */
    private boolean subjectSpeaksBefore(AttributionContext ctx, Sentence s, int comma) {
        for (int k = s.firstToken() + 1; k < comma; k++) {
            Cue before = ctx.cueAt[k];
            if (before != null && before.kind() == Lexicon.CueKind.VERB) {
                return speakers.before(ctx, before, s) != null;
            }
        }
        return false;
    }

    /**
     * "Central bank holds rate": headlinese has no article to end the subject, so the phrase read as one runs on over
     * its verb; the subject ends before its first lower-case word in "-s".
     */
    private static Mention beforeHeadlineVerb(AttributionContext ctx, Mention subject) {
        int from = ctx.tokenAtOrAfter(subject.start());
        int to = ctx.tokenAtOrAfter(subject.end());
        for (int k = from + 1; k < to; k++) {
            Token t = ctx.tokens.get(k);
            if (t.isLowerWord() && WordForms.endsInSingleS(t.lower())) {
                Mention m = ctx.mentions.build(from, k);
                return m == null ? subject : m;
            }
        }
        return subject;
    }

    /**
     * Whether the comma at {@code comma} closes a one-word aside opened by a comma ("said she, too, wants a pier"): the
     * cue after it is the verb of the subject before the aside, not inverted.
     */
    private static boolean oneWordAside(List<Token> tokens, int comma, int first) {
        return comma - 2 > first && tokens.get(comma - 2).is(",") && ONE_WORD_ASIDES.contains(tokens.get(comma - 1).lower());
    }

    /**
     * "The Marlow Nurses Guild, the nurses' union, backed the plan": before the comma at {@code comma} stand only a noun
     * phrase and its appositive, the cue's subject, no words of anyone's. The end of the noun phrase, or -1.
     */
    private static int nameBeforeAppositive(Mentions mentions, List<Token> tokens, int first, int comma) {
        int name = mentions.scanRight(first, comma);
        return tokens.get(comma).is(",") && name > first && name + 1 < comma && tokens.get(name).is(",")
                && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(tokens.get(name + 1).lower())
                && mentions.scanRight(name + 1, comma) == comma ? name : -1;
    }

    /**
     * "Y, said X." After the plain verbs of saying a short adverbial may follow the speaker ("Y, said one
     * official in the room."); after others ("..., found an assessment of ...") the words are an object.
     */
    private Attribution inverted(AttributionContext ctx, Cue cue, Sentence s, int end) {
        List<Token> tokens = ctx.tokens;
        int prev = cue.firstToken() - 1;
        if (prev <= s.firstToken() || !tokens.get(prev).is(",") || oneWordAside(tokens, prev, s.firstToken())
                || nameBeforeAppositive(ctx.mentions, tokens, s.firstToken(), prev) > 0
                || cue.endToken() < end && FunctionWords.TOPIC_PREPOSITIONS.contains(tokens.get(cue.endToken()).lower())) {
            // "the second crossing, planned for June, would": a participle's phrase, no speaker after a preposition.
            return null;
        }
        int npEnd = ctx.mentions.scanRight(cue.endToken(), s.endToken());
        Mention m = QuoteCueStage.withNameAfter(ctx, ctx.mentions.build(cue.endToken(), npEnd), npEnd, s);
        // "said Tom Dunmore Jr., a former aide": the comma after the suffix's period closes the name.
        int closing = SpeakerPhrases.afterSuffixPeriod(tokens, npEnd, end);
        if (m == null || npEnd < end && !tokens.get(closing).is(",") && !(FunctionWords.SAY_TELL.contains(tokens.get(cue.firstToken()).lower())
                && ReportedContent.trailing(tokens, npEnd, end))
                || NumberAgreement.imperativeObject(tokens, cue.firstToken(), cue.endToken(), npEnd, lexicon)) {
            return null;
        }
        // "The paradox, says one historian, is that ...": the clause goes on after the speaker and its asides.
        int to = npEnd < end && Parenthetical.continuesAfter(ctx, npEnd, end) ? end : prev;
        return ctx.content.statement(Attribution.Source.CUE, m, cue, s.firstToken(), to, s, 0.8);
    }
}
