package io.claimtrack.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared document model of the analysis chain. The text never changes; stages append
 * annotations (blocks, sentences, tokens, quotes, cues, noun phrases, names, attributions) that point into it by offset.
 */
public final class AnnotatedDocument {

    public final String text;
    /** Publication date given by the caller, used to anchor relative dates; may be null. */
    public final LocalDate published;
    public final List<Block> blocks = new ArrayList<>();
    public final List<Sentence> sentences = new ArrayList<>();
    public final List<Token> tokens = new ArrayList<>();
    public final List<Quote> quotes = new ArrayList<>();
    public final List<Cue> cues = new ArrayList<>();
    /** The speaker noun phrases, read from each token's part in them (the phrase stage). */
    Mentions mentions;
    /** Every name the text gives, in text order (the mention stage). */
    public final List<Name> names = new ArrayList<>();
    public final List<Attribution> attributions = new ArrayList<>();
    public Dateline dateline;
    /** Index of the block holding the document title, or -1. */
    public int titleBlock = -1;
    /** The attribution patterns' shared working state, from the first pattern on. */
    AttributionContext attributing;
    /** First block of the related region: other articles' headlines and ledes on a scraped page. */
    public int relatedFrom = Integer.MAX_VALUE;
    /** Other articles' teaser headlines inside the page ("Related: ..." lines), related wherever they stand. */
    public final BitSet teasers = new BitSet();
    /** Paragraphs under a question label ("Question: ...", "Q (Harbour Post): ..."), by block (the speaker-colon stage). */
    final BitSet questionTurns = new BitSet();

    private final Sorted.Index<Quote> quoteStarts = new Sorted.Index<>(quotes, Quote::start);
    private final Sorted.Index<Quote> quoteEnds = new Sorted.Index<>(quotes, Quote::end);
    private final Sorted.Index<Sentence> sentenceStarts = new Sorted.Index<>(sentences, Sentence::start);
    private final Sorted.Index<Token> tokenStarts = new Sorted.Index<>(tokens, Token::start);
    /**
     * For each offset of the text, the first token starting at or after it, once the tokens are all there
     * ({@link #tokensDone}): the attribution patterns ask this hundreds of thousands of times on a long text.
     */
    private int[] tokenFrom;
    private int tokensIndexed;
    /**
     * The index of the sentence {@link #sentenceAt} found last: the stages read statements and names in text order, so
     * the next asks mostly for the same sentence or the one after, without a search.
     */
    private int lastSentenceFound;
    /** Each lower-cased word's first token, built on first asking, once the tokens are all there. */
    private Map<String, Integer> firstTokens;

    public AnnotatedDocument(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    /**
     * The index of the first token whose lower-cased text is {@code lower}, or {@link Integer#MAX_VALUE}: "was the
     * thing spoken of before?" asked of each of many cues costs a lookup, not a read from the document's start.
     */
    int firstTokenOf(String lower) {
        if (firstTokens == null) {
            firstTokens = new HashMap<>();
            for (int k = 0; k < tokens.size(); k++) {
                firstTokens.putIfAbsent(tokens.get(k).lower(), k);
            }
        }
        return firstTokens.getOrDefault(lower, Integer.MAX_VALUE);
    }

    /** True for a block of the related region, whose statements are not dated by this page. */
    public boolean isRelated(int block) {
        return block >= relatedFrom || teasers.get(block);
    }

    /** The API's name of the block's region: "main" or "related". */
    public String region(int block) {
        return isRelated(block) ? "related" : "main";
    }

    public String text(int start, int end) {
        return text.substring(start, end);
    }

    public Block block(int index) {
        return blocks.get(index);
    }

    public String blockText(int index) {
        Block b = blocks.get(index);
        return text.substring(b.start(), b.end());
    }

    /** The quotation containing this offset, or null. Quotations are sorted and never overlap. */
    public Quote quoteAt(int offset) {
        int i = quoteStarts.firstAtLeast(offset + 1) - 1;
        return i >= 0 && quotes.get(i).contains(offset) ? quotes.get(i) : null;
    }

    /** Index of the first quotation ending after {@code offset}. */
    public int firstQuoteEndingAfter(int offset) {
        return quoteEnds.firstAtLeast(offset + 1);
    }

    /** The first paragraph block at or after block {@code from}, past headings and datelines; the block count if none. */
    int firstParagraph(int from) {
        int b = from;
        while (b < blocks.size() && blocks.get(b).kind() != Block.Kind.PARAGRAPH) {
            b++;
        }
        return b;
    }

    /** The lede: the first sentence of a paragraph block, or null when the text has none. */
    Sentence lede() {
        for (Sentence s : sentences) {
            // A dateline ("PORT AMSEL, March 3.", "MOSCOW, June 4. /TASS/.") is a sentence of its own before the lede.
            if (blocks.get(s.block()).kind() == Block.Kind.PARAGRAPH && (dateline == null || s.start() >= dateline.end())
                    && !Datelines.placeAndDateOnly(tokens, s)) {
                return s;
            }
        }
        return null;
    }

    /** The sentence containing this offset, or null. */
    public Sentence sentenceAt(int offset) {
        // Sentences never overlap, so the one found last, or the next, holding the offset is the search's answer.
        int last = lastSentenceFound;
        for (int i = last; i < Math.min(last + 2, sentences.size()); i++) {
            if (sentences.get(i).start() <= offset && offset < sentences.get(i).end()) {
                lastSentenceFound = i;
                return sentences.get(i);
            }
        }
        int i = sentenceStarts.firstAtLeast(offset + 1) - 1;
        if (i < 0 || offset >= sentences.get(i).end()) {
            return null;
        }
        lastSentenceFound = i;
        return sentences.get(i);
    }

    /** Index of the first token starting at or after {@code offset}; {@code tokens.size()} if none. */
    int tokenAtOrAfter(int offset) {
        if (tokenFrom != null && tokensIndexed == tokens.size()) {
            return tokenFrom[Math.max(0, Math.min(offset, text.length()))];
        }
        return tokenStarts.firstAtLeast(offset);
    }

    /** Called when the tokens are all there: from then on a token is found by its offset in one array read. */
    void tokensDone() {
        tokenFrom = new int[text.length() + 1];
        // A fill per token, not a test per character: this loop runs once per document, interpreted in a long text's
        // first read. The offsets after the token before, up to this one's start, find this one first.
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            if (start >= offset) {
                Arrays.fill(tokenFrom, offset, start + 1, i);
                offset = start + 1;
            }
        }
        Arrays.fill(tokenFrom, offset, tokenFrom.length, tokens.size());
        tokensIndexed = tokens.size();
    }

    /** Index of the first sentence starting at or after {@code offset}; {@code sentences.size()} if none. */
    int sentenceAtOrAfter(int offset) {
        return sentenceStarts.firstAtLeast(offset);
    }

    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The date that anchors "on Tuesday": the dateline's, else the publication date. */
    public LocalDate anchorDate() {
        return dateline != null && dateline.date() != null ? dateline.date() : published;
    }
}
