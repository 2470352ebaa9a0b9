package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A speaker label and a colon: transcript turns ("WALLACE: Let's start ..."), interview answers ("Answer: ..."
 * under "Question: ..."), and headlines ("Lavrov: talks were useful").
 */
public final class SpeakerColonStage implements Stage {

    static final Set<String> QUESTION_LABELS = WordSet.of("question", "q");
    static final Set<String> ANSWER_LABELS = WordSet.of("answer", "a");
    /**
     * A press conference's moderator runs it: the welcome, the order of speaking, "Last question.", the training time
     * after it. Its turns say nothing of their own; a third person's words it reports are found by their cue.
     */
    private static final Set<String> MODERATOR_LABELS = WordSet.of("moderator");
    /** Words that make a title-case label a phrase about someone, not a name: "Big Win For Holm:", "Storm Over Pier:". */
    private static final Set<String> PHRASE_PREPOSITIONS = WordSet.of("for", "over", "with", "against", "from", "without",
            "under", "about", "into");
    /** A transcript's turn label of an initial glued to the surname: "R.Kerensvald-Ibekwe:", a name of two words. */
    private static final Pattern INITIALLED = Pattern.compile("\\p{Lu}\\.\\p{Lu}[\\p{L}'’-]+");

    /** {@link #paragraphLabelEnd}'s answer for a described label or an interjection, whose colon the first loop needs not. */
    private static final int DESCRIBED_LABEL = -2;

    private final Lexicon lexicon;

    public SpeakerColonStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        // Two or more paragraphs opening "Name Surname:" make a transcript, whose turns may be title case.
        BitSet labelled = new BitSet();
        // One-word labels heading more than one turn: a conversation's speakers, not a list's items ("Rockets: at home").
        Set<String> repeated = new HashSet<>();
        Set<String> oneWord = new HashSet<>();
        for (Sentence s : doc.sentences) {
            // Its tests are methods, as the next loop's: both run once per document, interpreted in a long text's first read.
            int colon = paragraphLabelEnd(ctx, s);
            if (colon > 0 || colon == DESCRIBED_LABEL) {
                labelled.set(s.block());
                int start = TurnLabels.labelStart(ctx, s);
                if (colon == start + 1 && !oneWord.add(ctx.tokens.get(start).lower())) {
                    repeated.add(ctx.tokens.get(start).lower());
                }
            }
        }
        int turns = labelled.cardinality();
        BitSet comments = ReaderComments.blocks(doc);
        // Surnames of the people whose turns were labelled with a fuller name so far.
        Set<String> surnames = new HashSet<>();
        // The page's first line is its title even when the site closes it with a period ("Poll: Voters ... .").
        int title = doc.sentences.isEmpty() ? -1 : doc.sentences.get(0).block();
        Mention interviewee = null;
        // Asked at each question while no one is found; each reads the names since the last.
        Interviewee.Search search = new Interviewee.Search(doc, title);
        // The first labelled turn's speaker, while no question has come: a briefing's spokesman opens it. Asked of the
        // first question only, so a page of questions reads the names before the opening once.
        Mention opener = null;
        boolean asked = false;
        // An explainer's "Q:" lines are the reader's own questions: its "A:" answers are the paper's.
        boolean readersQuestions = false;
        // Read once: a page of questions with no one to put them to asks again at every question.
        Boolean interview = null;
        // Read at the first turn: the outlets the text names as interviewing, whose turns are questions.
        InterviewingOutlet outlet = null;
        OneWordLabels people = new OneWordLabels(doc, repeated);
        BracketedName offices = new BracketedName();
        LabelledHeadline headlines = new LabelledHeadline(doc);
        Set<String> moderators = Moderators.labels(doc);
        for (Sentence s : doc.sentences) {
            if (!opensBlock(doc, s) || WrittenAnswers.add(ctx, s)) {
                continue;
            }
            Block block = doc.block(s.block());
            int colon = labelEnd(ctx, s);
            if (colon < 0 && turns >= 2 && block.kind() == Block.Kind.PARAGRAPH && s.block() != title
                    && !comments.get(s.block()) && describedTurn(ctx, s, labelled)) {
                continue;
            }
            if (colon < 0 || comments.get(s.block()) || deciderLine(doc, s)) {
                if (colon < 0 && s.block() == title) {
                    TitleTopicSpeaker.speakerBeforeTopic(ctx, s, title);
                }
                continue;
            }
            int labelEnd = BracketedName.opening(ctx, colon);
            if (labelEnd == s.firstToken() + 1 && block.kind() == Block.Kind.PARAGRAPH) {
                // "Question: ..." is put to the person interviewed, "Answer: ..." is that person's statement.
                String word = ctx.tokens.get(s.firstToken()).lower();
                if (QUESTION_LABELS.contains(word)) {
                    doc.questionTurns.set(s.block());
                }
                if (QUESTION_LABELS.contains(word) && interviewee == null && !readersQuestions) {
                    interviewee = search.ofHeadings(s.start());
                    if (interviewee == null && !asked && opener != null && Interviewee.headed(doc, opener, s.start())) {
                        interviewee = opener;
                    }
                    asked = true;
                    // A briefing's spokesperson, named above its questions, also made its announcements.
                    Mention headed = interviewee;
                    interview = interview == null ? InterviewQuestions.interviewed(ctx) : interview;
                    if (!interview) {
                        readersQuestions = interviewee == null || !InterviewQuestions.introduced(doc, interviewee, title, s.start());
                        interviewee = readersQuestions ? null : interviewee;
                    } else if (interviewee == null) {
                        interviewee = search.before(s.start());
                    }
                    if (headed != null && interviewee != null) {
                        BriefingSections.add(ctx, interviewee, title, s.block(), labelled);
                    }
                    continue;
                }
                if (readersQuestions && (QUESTION_LABELS.contains(word) || ANSWER_LABELS.contains(word))) {
                    continue;
                }
                if (ANSWER_LABELS.contains(word) && interviewee != null) {
                    Turns.add(ctx, interviewee, colon + 1, s.block(), TurnExtent.lastAnswerBlock(doc, labelled, s.block(), interviewee), 0.8);
                    continue;
                }
            }
            int i = TurnLabels.labelStart(ctx, s);
            boolean allCaps = true;
            for (int k = i; k < labelEnd; k++) {
                allCaps &= ctx.tokens.get(k).isAllCaps();
            }
            String label = doc.text(ctx.tokens.get(i).start(), ctx.tokens.get(labelEnd - 1).end()).toLowerCase(Locale.ROOT);
            // A one-word turn is the surname of someone who had a turn ("Matthews:" after "Chris Matthews:").
            boolean titleCaseTurn = turns >= 2 && block.kind() == Block.Kind.PARAGRAPH
                    && (labelEnd - i >= 2 || surnames.contains(ctx.tokens.get(i).lower()) || INITIALLED.matcher(ctx.tokens.get(i).text()).matches()
                    || people.titled(ctx.tokens.get(i).lower(), s.start()) || people.surnamed(ctx.tokens.get(i).lower(), s.start()));
            // "ECB WATCH:", "MARKETS UPDATE:": a topic and a label word, not a speaker; a dated teaser's label in lower case
            // ends in a body or an office ("Provincial health department:"), not a topic ("Flu season:").
            String lastWord = ctx.tokens.get(labelEnd - 1).lower();
            if (lexicon.labels.contains(label) || labelEnd - i > 1 && lexicon.labels.contains(lastWord) || phrase(ctx, i, labelEnd)
                    || NumberedReport.label(ctx.tokens, i, labelEnd)
                    || !ctx.tokens.get(labelEnd - 1).isCapitalized() && !lexicon.organizations.contains(lastWord)
                    && !lexicon.roles.contains(lastWord)
                    || !allCaps && !titleCaseTurn && block.kind() != Block.Kind.HEADLINE && !TitleTopicSpeaker.titleStatement(ctx, s, colon, title)) {
                continue;
            }
            if (block.kind() == Block.Kind.PARAGRAPH && s.block() != title
                    && (outlet == null ? outlet = InterviewingOutlet.of(doc, lexicon) : outlet).asks(label)) {
                doc.questionTurns.set(s.block());
                continue;
            }
            if (dateAlone(ctx, colon + 1, s.endToken())) {
                // "Decided: July 22, 2035", "FOR IMMEDIATE RELEASE: June 3, 2035", "Released: 4 May 2035, 09:30": a
                // header's date, no turn.
                continue;
            }
            Mention m = offices.of(ctx, lexicon, ctx.mentions.build(i, labelEnd), i, colon);
            if (labelEnd - i == 1 && people.titled(ctx.tokens.get(i).lower(), s.start())) {
                // "Governor:" between callers' labels is the governor the opening named, not the next caller.
                m = people.titledName(ctx, ctx.tokens.get(i).lower());
            }
            if (m != null && !m.isPronoun() && !headlines.over(ctx, block, m, colon, s.endToken())) {
                // A title is one line; the lede under it is the writer's.
                boolean paragraphTurn = block.kind() == Block.Kind.PARAGRAPH && s.block() != title;
                int last = paragraphTurn ? TurnExtent.lastBlock(doc, labelled, s.block(), m) : s.block();
                boolean moderator = MODERATOR_LABELS.contains(label) || Moderators.ranked(ctx, moderators, label, i, labelEnd);
                if ((!paragraphTurn || !callsOn(ctx, colon, block)) && !(paragraphTurn && moderator)) {
                    Turns.add(ctx, m, colon + 1, s.block(), last, 0.7);
                }
                if (paragraphTurn && opener == null && !asked && m.kind() == SpeakerKind.PERSON) {
                    opener = m;
                }
                if (titleCaseTurn && labelEnd - i >= 2) {
                    surnames.add(ctx.tokens.get(labelEnd - 1).lower());
                }
            }
        }
        if (!asked) {
            AuthoredPage.add(ctx);
        } else {
            AuthoredPage.speeches(ctx, true);
        }
        ctx.sortByContent();
    }

    private static boolean dateAlone(AttributionContext ctx, int from, int to) {
        while (to > from && ctx.tokens.get(to - 1).is(".")) {
            to--;
        }
        return to > from && (Datelines.dateOnly(ctx.tokens, from, to) || Datelines.dateAtHour(ctx.doc, from, to));
    }

    /** "Presiding Coroner: Dr. Ilse Marr": the line names whose findings follow, no turn of hers. */
    private static boolean deciderLine(AnnotatedDocument doc, Sentence s) {
        int end = doc.text.indexOf('\n', s.start());
        return SummaryParties.labelledAuthor(doc.text.substring(s.start(), end < 0 ? doc.text.length() : end).strip()) != null;
    }

    /** "Deputy Mayor for Transport Ilse Varga: ...": a turn under a described label (see DescribedLabels). */
    private static boolean describedTurn(AttributionContext ctx, Sentence s, BitSet labelled) {
        Mention m = describedLabel(ctx, s);
        if (m == null) {
            return false;
        }
        int last = TurnExtent.lastBlock(ctx.doc, labelled, s.block(), m);
        // A caller who tells a grievance and then asks puts a question ("Rita, Harbour: The bus is late. Why?"), no statement;
        // a student's "Amir, School of Law: I work two jobs. Will fees rise?" asserts before asking.
        if (DescribedLabels.member(ctx, s) || !DescribedLabels.caller(ctx, s) || !Turns.endsAsking(ctx.doc, ctx.doc.block(last))) {
            Turns.add(ctx, m, DescribedLabels.colon(ctx, s) + 1, s.block(), last, 0.7);
        }
        return true;
    }

    /** The speaker of a described label opening the sentence, or null. */
    private static Mention describedLabel(AttributionContext ctx, Sentence s) {
        int colon = DescribedLabels.colon(ctx, s);
        return colon < 0 ? null : DescribedLabels.speaker(ctx, s, colon);
    }

    /** "CHAIR HOLM: Mr. Berg.": a chair giving the floor to the next speaker by name says nothing. */
    private static boolean callsOn(AttributionContext ctx, int colon, Block block) {
        int from = colon + 1;
        int to = ctx.doc.tokenAtOrAfter(block.end());
        if (to - from > 1 && ctx.tokens.get(to - 1).is(".")) {
            to--;
        }
        if (ctx.mentions.scanRight(from, to) != to) {
            return false;
        }
        int end = ctx.tokens.get(to - 1).end();
        List<Name> names = ctx.doc.names;
        for (int k = Sorted.firstAtLeast(names, Name::offset, ctx.tokens.get(from).start()); k < names.size() && names.get(k).offset() < end; k++) {
            Name n = names.get(k);
            if (n.kind() == SpeakerKind.PERSON && n.offset() + n.text().length() == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean phrase(AttributionContext ctx, int from, int colon) {
        for (int k = from + 1; k < colon - 1; k++) {
            if (PHRASE_PREPOSITIONS.contains(ctx.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a sentence opening a paragraph with a label ("Name Surname: ..."), its {@link TurnLabels#labelEnd}, or
     * {@link #DESCRIBED_LABEL} for a described one or an interjection ({@link Interjections}, whose turn says nothing
     * but ends the one before); else -1. One reading: the label's end was read twice per paragraph.
     */
    private static int paragraphLabelEnd(AttributionContext ctx, Sentence s) {
        Block block = ctx.doc.block(s.block());
        if (s.start() != block.start() || block.kind() != Block.Kind.PARAGRAPH) {
            return -1;
        }
        int colon = labelEnd(ctx, s);
        return colon > 0 || describedLabel(ctx, s) == null && !Interjections.label(ctx, s) ? colon : DESCRIBED_LABEL;
    }

    /** A colon label's colon, or the period closing a record's label ("Senator HARTIGAN-ROE."); else -1. */
    private static int labelEnd(AttributionContext ctx, Sentence s) {
        int colon = TurnLabels.labelEnd(ctx, s);
        return colon < 0 ? RecordLabels.end(ctx, s) : colon;
    }

    /** Whether the sentence opens its block, which is no bullet. */
    private static boolean opensBlock(AnnotatedDocument doc, Sentence s) {
        Block block = doc.block(s.block());
        return s.start() == block.start() && block.kind() != Block.Kind.BULLET;
    }
}
