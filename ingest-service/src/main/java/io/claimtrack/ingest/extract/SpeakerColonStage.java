package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A speaker label and a colon: transcript turns ("WALLACE: Let's start ..."), interview answers ("Answer: ..."
 * under "Question: ..."), and headlines ("Lavrov: talks were useful").
 */
public final class SpeakerColonStage implements Stage {

    private static final Set<String> QUESTION_LABELS = WordSet.of("question", "q");
    private static final Set<String> ANSWER_LABELS = WordSet.of("answer", "a");
    /** A questioner's own voice before a cue: "I think", "we've heard", "you said". */
    private static final Set<String> SELF = WordSet.of("i", "we", "you");
    /** Words that make a title-case label a phrase about someone, not a name: "Big Win For Holm:", "Storm Over Pier:". */
    private static final Set<String> PHRASE_PREPOSITIONS = WordSet.of("for", "over", "with", "against", "from", "without",
            "under", "about", "into");
    /** Words between a title's speaker and its topic: "Holm on ...:", "Holm to ...:", "Holm at ...:". */
    private static final Set<String> TOPIC_PREPOSITIONS = WordSet.of("on", "to", "at");

    private final Lexicon lexicon;

    public SpeakerColonStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        // Two or more paragraphs opening "Name Surname:" make a transcript, whose turns may be title case.
        BitSet labelled = new BitSet();
        for (Sentence s : doc.sentences) {
            if (s.start() == doc.block(s.block()).start() && doc.block(s.block()).kind() == Block.Kind.PARAGRAPH
                    && labelEnd(ctx, s) > 0) {
                labelled.set(s.block());
            }
        }
        int turns = labelled.cardinality();
        // Surnames of the people whose turns were labelled with a fuller name so far.
        Set<String> surnames = new HashSet<>();
        // The page's first line is its title even when the site closes it with a period ("Poll: Voters ... .").
        int title = doc.sentences.isEmpty() ? -1 : doc.sentences.get(0).block();
        Mention interviewee = null;
        for (Sentence s : doc.sentences) {
            Block block = doc.block(s.block());
            if (s.start() != block.start() || block.kind() == Block.Kind.BULLET) {
                continue;
            }
            int colon = labelEnd(ctx, s);
            if (colon < 0) {
                if (s.block() == title) {
                    speakerBeforeTopic(ctx, s, title);
                }
                continue;
            }
            if (colon == s.firstToken() + 1 && block.kind() == Block.Kind.PARAGRAPH) {
                // "Question: ..." is put to the person interviewed, "Answer: ..." is that person's statement.
                String word = ctx.tokens.get(s.firstToken()).lower();
                if (QUESTION_LABELS.contains(word) && interviewee == null) {
                    interviewee = titlePerson(doc, title);
                    if (interviewee == null) {
                        interviewee = intervieweeBefore(doc, s.start());
                    }
                    continue;
                }
                if (ANSWER_LABELS.contains(word) && interviewee != null) {
                    addTurn(ctx, interviewee, colon, s.block(), lastBlockOfTurn(doc, labelled, s.block()), 0.8);
                    continue;
                }
            }
            int i = ctx.tokens.get(s.firstToken()).type() == Token.Type.QUOTE ? s.firstToken() + 1 : s.firstToken();
            boolean allCaps = true;
            for (int k = i; k < colon; k++) {
                allCaps &= ctx.tokens.get(k).isAllCaps();
            }
            String label = doc.text(ctx.tokens.get(i).start(), ctx.tokens.get(colon - 1).end()).toLowerCase(Locale.ROOT);
            // A one-word turn is the surname of someone who had a turn ("Matthews:" after "Chris Matthews:").
            boolean titleCaseTurn = turns >= 2 && block.kind() == Block.Kind.PARAGRAPH
                    && (colon - i >= 2 || surnames.contains(ctx.tokens.get(i).lower()));
            // "ECB WATCH:", "MARKETS UPDATE:": a topic and a label word, not a speaker.
            String lastWord = ctx.tokens.get(colon - 1).lower();
            if (lexicon.labels.contains(label) || colon - i > 1 && lexicon.labels.contains(lastWord) || phrase(ctx, i, colon)
                    || !allCaps && !titleCaseTurn && block.kind() != Block.Kind.HEADLINE && !titleStatement(ctx, s, colon, title)) {
                continue;
            }
            Mention m = ctx.mentions.build(i, colon);
            if (m != null && !m.isPronoun()) {
                // A title is one line; the lede under it is the writer's.
                boolean paragraphTurn = block.kind() == Block.Kind.PARAGRAPH && s.block() != title;
                int last = paragraphTurn ? lastBlockOfTurn(doc, labelled, s.block()) : s.block();
                if (!paragraphTurn || !callsOn(ctx, colon, block)) {
                    addTurn(ctx, m, colon, s.block(), last, 0.7);
                }
                if (titleCaseTurn && colon - i >= 2) {
                    surnames.add(ctx.tokens.get(colon - 1).lower());
                }
            }
        }
        ctx.sortByContent();
    }

    /** The text after the label's colon to the end of block {@code last}, as a statement of {@code m}. */
    private static void addTurn(AttributionContext ctx, Mention m, int colon, int blockIndex, int last, double confidence) {
        int end = ctx.doc.block(last).end();
        int contentStart = ctx.tokens.get(colon + 1).start();
        int beforeQuestions = beforeQuestions(ctx.doc, contentStart, end);
        if (beforeQuestions < end && last == blockIndex && reportsAnother(ctx, colon + 1, ctx.doc.tokenAtOrAfter(beforeQuestions))) {
            return;
        }
        end = beforeQuestions;
        while (end > contentStart && ".;".indexOf(ctx.doc.text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > contentStart && hasLetter(ctx.doc.text, contentStart, end) && !roster(ctx, colon + 1, end)) {
            Attribution a = new Attribution(Attribution.Source.HEADLINE, m, ":", contentStart, end, blockIndex, confidence);
            ctx.finishType(a);
            ctx.add(a);
        }
    }

    /**
     * "SEN. HOLM: Was the pier ever inspected?": a question put to someone is no statement (the guideline), and a
     * turn that asserts and then asks ("The pier is closed. Who closed it?") ends before its questions. A quoted
     * question ('people ask me, “Why?”') is the speaker's report and stays.
     */
    private static int beforeQuestions(AnnotatedDocument doc, int contentStart, int end) {
        Sentence s = doc.sentenceAt(end - 1);
        while (end > contentStart && s != null && doc.tokens.get(s.endToken() - 1).is("?")) {
            end = Math.max(contentStart, s.start());
            while (end > contentStart && Character.isWhitespace(doc.text.charAt(end - 1))) {
                end--;
            }
            s = end > contentStart ? doc.sentenceAt(end - 1) : null;
        }
        return end;
    }

    /**
     * "REPORTER: The board said on Friday that the pier will close. Will you appeal?": a question's premise that
     * reports another's words is that speaker's statement, found by the cue; the questioner asserts nothing of their
     * own. "I think the pier is safe. Do you?" is the questioner's own and stays.
     */
    private static boolean reportsAnother(AttributionContext ctx, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (ctx.cueAt[k] == null) {
                continue;
            }
            int subject = k - 1;
            // Past the auxiliaries, adverbs and contractions: "you’ve long said", "I have heard".
            while (subject > from && (Lexicon.ADVERBS.contains(ctx.tokens.get(subject).lower())
                    || ctx.tokens.get(subject - 1).end() == ctx.tokens.get(subject).start())) {
                subject--;
            }
            if (!SELF.contains(ctx.tokens.get(subject).lower())) {
                return true;
            }
        }
        return false;
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
     * "Nordland: Ada Berg, Tor Vik, Ola Lund.": three or more names and nothing else after a label are a list of
     * people, not what the label said.
     */
    private static boolean roster(AttributionContext ctx, int from, int end) {
        int commas = 0;
        for (int k = from; k < ctx.tokens.size() && ctx.tokens.get(k).start() < end; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(",")) {
                commas++;
            } else if (t.isWord() ? !t.isCapitalized() && !t.is("and") : !t.is(".") && !t.is("-")) {
                return false;
            }
        }
        return commas >= 2;
    }

    /** "Clinton: 547." is a tally, not a turn. */
    private static boolean hasLetter(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A turn goes on over the unlabelled paragraphs after it when another turn soon follows them: "PENCE: ..." and two
     * more paragraphs of his answer before "WALLACE: ...". A subhead or stage note ("(CROSSTALK.)") ends it; so does
     * the transcript's end, after which the text is the writer's again, and so does a long gap before the next
     * label, which is the writer's narration between two quoted exchanges.
     */
    private static int lastBlockOfTurn(AnnotatedDocument doc, BitSet labelled, int block) {
        int next = labelled.nextSetBit(block + 1);
        // A label over a line of a few words is a subhead ("Kasich: Now or never."), the text under it the writer's.
        if (next < 0 || next - block > Windows.TURN_CONTINUATION_BLOCKS
                || PageFurniture.wordCount(doc.text, doc.block(block).start(), doc.block(block).end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS) {
            return block;
        }
        int last = block;
        while (last + 1 < next && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH) {
            last++;
        }
        return last;
    }

    /**
     * "Briefing by Foreign Ministry Spokeswoman Irina Zabelova, Velgorod, November 26", "A talk with Anna Holm": the
     * one person the page's title names in full is whom its questions are put to, however often the briefing's own
     * sections name the minister it announces.
     */
    private static Mention titlePerson(AnnotatedDocument doc, int title) {
        if (title < 0) {
            return null;
        }
        Block block = doc.block(title);
        Name found = null;
        for (Name n : doc.names) {
            if (n.offset() >= block.start() && n.offset() < block.end() && n.kind() == SpeakerKind.PERSON
                    && n.words().size() > 1) {
                if (found != null && !found.words().equals(n.words())) {
                    return null;
                }
                found = n;
            }
        }
        return found == null ? null : new Mention(found.offset(), found.offset() + found.text().length(), found.text(),
                found.role(), found.text(), SpeakerKind.PERSON);
    }

    /**
     * Whom the questions are put to: the person the text names most often before the interview starts (an
     * interview's introduction is about the interviewee, who is not always the last person it names: "...
     * talked about Justice Scalia. Here is the transcript."), the later one on a tie, by their fullest name. Only
     * someone named in full or with a title counts: a lone capitalised word the text never gives a first name
     * ("the ambassador to Kelm") is as likely a place.
     */
    private static Mention intervieweeBefore(AnnotatedDocument doc, int offset) {
        Set<String> full = new HashSet<>();
        for (Name n : doc.names) {
            if (n.offset() < offset && n.kind() == SpeakerKind.PERSON && (n.words().size() > 1 || !n.role().isEmpty())) {
                full.add(n.surname());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Name best = null;
        int bestCount = 0;
        for (Name n : doc.names) {
            if (n.offset() >= offset || n.kind() != SpeakerKind.PERSON || n.words().isEmpty()
                    || !full.contains(n.surname())) {
                continue;
            }
            String surname = n.surname();
            int count = counts.merge(surname, 1, Integer::sum);
            if (count >= bestCount) {
                bestCount = count;
                best = n;
            }
        }
        if (best == null) {
            return null;
        }
        Name fullest = best;
        String surname = best.surname();
        for (Name n : doc.names) {
            if (n.offset() < offset && n.kind() == SpeakerKind.PERSON && !n.words().isEmpty()
                    && n.surname().equals(surname) && n.words().size() > fullest.words().size()) {
                fullest = n;
            }
        }
        return new Mention(fullest.offset(), fullest.offset() + fullest.text().length(), fullest.text(), fullest.role(),
                fullest.text(), SpeakerKind.PERSON);
    }

    /**
     * "Holm on the Harbour Plan: Y", "Holm to Pilots: Y", "Former Mayor Holm at the Council: Y": a title whose
     * speaker is named before what or whom the words are about; the title after the colon is the speaker's.
     */
    private static void speakerBeforeTopic(AttributionContext ctx, Sentence s, int title) {
        int i = s.firstToken();
        int last = Math.min(s.endToken() - 2, i + Windows.TITLE_TOPIC_TOKENS);
        int preposition = -1;
        for (int k = i + 1; k <= last; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(":")) {
                if (preposition > 0 && ctx.mentions.scanRight(i, preposition) == preposition && titleStatement(ctx, s, k, title)) {
                    Mention m = ctx.mentions.build(i, preposition);
                    if (m != null && m.hasName() && (m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION)) {
                        addTurn(ctx, m, k, s.block(), s.block(), 0.7);
                    }
                }
                return;
            }
            if (preposition < 0 && TOPIC_PREPOSITIONS.contains(t.lower())) {
                preposition = k;
            } else if (preposition < 0 && !t.isCapitalized()) {
                return;
            }
        }
    }

    /** Index of the colon after a label of capitalised words opening the sentence, or -1. */
    private static int labelEnd(AttributionContext ctx, Sentence s) {
        int i = s.firstToken();
        if (ctx.tokens.get(i).type() == Token.Type.QUOTE) {
            i++;
        }
        int colon = i;
        while (colon < s.endToken() && colon - i < Windows.COLON_LABEL_TOKENS
                && (ctx.tokens.get(colon).isCapitalized() || abbreviationPoint(ctx, colon, i))) {
            colon++;
        }
        return colon == i || colon >= s.endToken() - 2 || !ctx.tokens.get(colon).is(":") ? -1 : colon;
    }

    /** The point of "Dr. Holm", "Sen. Holm" inside a label: glued to a short capitalised word, a name after it. */
    private static boolean abbreviationPoint(AttributionContext ctx, int k, int first) {
        Token t = ctx.tokens.get(k);
        if (!t.is(".") || k == first || k + 1 >= ctx.tokens.size()) {
            return false;
        }
        Token before = ctx.tokens.get(k - 1);
        return before.end() == t.start() && before.isCapitalized() && before.text().length() <= 3
                && ctx.tokens.get(k + 1).isCapitalized();
    }

    /** "Poll: Voters Abandon the Party." as the page's first line; "Anna Holm: a life in the harbour." is a book title. */
    private static boolean titleStatement(AttributionContext ctx, Sentence s, int colon, int title) {
        Token first = ctx.tokens.get(colon + 1);
        return s.block() == title && (first.isCapitalized() || first.type() == Token.Type.QUOTE);
    }
}
