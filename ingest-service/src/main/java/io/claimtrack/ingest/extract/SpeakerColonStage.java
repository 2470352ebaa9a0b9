package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A speaker label and a colon: transcript turns ("WALLACE: Let's start ..."), interview answers ("Answer: ..."
 * under "Question: ..."), and headlines ("Lavrov: talks were useful").
 */
public final class SpeakerColonStage implements Stage {

    private static final Set<String> QUESTION_LABELS = Set.of("question", "q");
    private static final Set<String> ANSWER_LABELS = Set.of("answer", "a");

    private final Lexicon lexicon;

    public SpeakerColonStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        // Two or more paragraphs opening "Name Surname:" make a transcript, whose turns may be title case.
        int turns = 0;
        for (Sentence s : doc.sentences) {
            turns += s.start() == doc.block(s.block()).start() && doc.block(s.block()).kind() == Block.Kind.PARAGRAPH
                    && labelEnd(ctx, s) > 0 ? 1 : 0;
        }
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
                continue;
            }
            if (colon == s.firstToken() + 1 && block.kind() == Block.Kind.PARAGRAPH) {
                // "Question: ..." is put to the person interviewed, "Answer: ..." is that person's statement.
                String word = ctx.tokens.get(s.firstToken()).lower();
                if (QUESTION_LABELS.contains(word) && interviewee == null) {
                    interviewee = intervieweeBefore(doc, s.start());
                    continue;
                }
                if (ANSWER_LABELS.contains(word) && interviewee != null) {
                    addTurn(ctx, interviewee, colon, block, s.block(), 0.8);
                    continue;
                }
            }
            int i = ctx.tokens.get(s.firstToken()).type() == Token.Type.QUOTE ? s.firstToken() + 1 : s.firstToken();
            boolean allCaps = true;
            for (int k = i; k < colon; k++) {
                allCaps &= ctx.tokens.get(k).isAllCaps();
            }
            String label = doc.text(ctx.tokens.get(i).start(), ctx.tokens.get(colon - 1).end()).toLowerCase(Locale.ROOT);
            boolean titleCaseTurn = turns >= 2 && colon - i >= 2 && block.kind() == Block.Kind.PARAGRAPH;
            // "ECB WATCH:", "MARKETS UPDATE:": a topic and a label word, not a speaker.
            String lastWord = ctx.tokens.get(colon - 1).lower();
            if (lexicon.labels.contains(label) || colon - i > 1 && lexicon.labels.contains(lastWord)
                    || !allCaps && !titleCaseTurn && block.kind() != Block.Kind.HEADLINE && !titleStatement(ctx, s, colon, title)) {
                continue;
            }
            Mention m = ctx.mentions.build(i, colon);
            if (m != null && !m.isPronoun()) {
                addTurn(ctx, m, colon, block, s.block(), 0.7);
            }
        }
        ctx.sortByContent();
    }

    /** The text of the block after the label's colon, as a statement of {@code m}. */
    private static void addTurn(AttributionContext ctx, Mention m, int colon, Block block, int blockIndex, double confidence) {
        int end = block.end();
        int contentStart = ctx.tokens.get(colon + 1).start();
        while (end > contentStart && ".;".indexOf(ctx.doc.text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > contentStart) {
            Attribution a = new Attribution(Attribution.Source.HEADLINE, m, ":", contentStart, end, blockIndex, confidence);
            ctx.finishType(a);
            ctx.add(a);
        }
    }

    /**
     * Whom the questions are put to: the person the text names most often before the interview starts (an
     * interview's introduction is about the interviewee, who is not always the last person it names: "...
     * talked about Justice Scalia. Here is the transcript."), the later one on a tie, by their fullest name.
     */
    private static Mention intervieweeBefore(AnnotatedDocument doc, int offset) {
        Map<String, Integer> counts = new HashMap<>();
        Name best = null;
        int bestCount = 0;
        for (Name n : doc.names) {
            if (n.offset() >= offset || n.kind() != SpeakerKind.PERSON || n.words().isEmpty()) {
                continue;
            }
            String surname = n.words().get(n.words().size() - 1);
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
        String surname = best.words().get(best.words().size() - 1);
        for (Name n : doc.names) {
            if (n.offset() < offset && n.kind() == SpeakerKind.PERSON && !n.words().isEmpty()
                    && n.words().get(n.words().size() - 1).equals(surname) && n.words().size() > fullest.words().size()) {
                fullest = n;
            }
        }
        return new Mention(fullest.offset(), fullest.offset() + fullest.text().length(), fullest.text(), fullest.role(),
                fullest.text(), SpeakerKind.PERSON);
    }

    /** Index of the colon after a label of capitalised words opening the sentence, or -1. */
    private static int labelEnd(AttributionContext ctx, Sentence s) {
        int i = s.firstToken();
        if (ctx.tokens.get(i).type() == Token.Type.QUOTE) {
            i++;
        }
        int colon = i;
        while (colon < s.endToken() && colon - i < Windows.COLON_LABEL_TOKENS && ctx.tokens.get(colon).isCapitalized()) {
            colon++;
        }
        return colon == i || colon >= s.endToken() - 2 || !ctx.tokens.get(colon).is(":") ? -1 : colon;
    }

    /** "Poll: Voters Abandon the Party." as the page's first line; "Anna Holm: a life in the harbour." is a book title. */
    private static boolean titleStatement(AttributionContext ctx, Sentence s, int colon, int title) {
        Token first = ctx.tokens.get(colon + 1);
        return s.block() == title && (first.isCapitalized() || first.type() == Token.Type.QUOTE);
    }
}
