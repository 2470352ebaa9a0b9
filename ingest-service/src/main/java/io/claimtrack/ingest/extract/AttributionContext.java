package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Working state the attribution patterns share over one document: token lookup by offset, the cue at
 * each token, and the statements found so far, indexed so overlap checks look only at neighbours.
 * Created by the first pattern that runs and kept on the document; a statement's content is read by its
 * {@link StatementContent}.
 */
final class AttributionContext {

    final AnnotatedDocument doc;
    final List<Token> tokens;
    final Mentions mentions;
    final Cue[] cueAt;
    final Cue[] cueEndingAt;
    final int[] sentenceOf;
    /**
     * Cues already paired with a quotation, so reported speech does not reuse them. By identity: each cue of the
     * document is one record, and record hashes of evenly spaced cues crowd a hash set's bins.
     */
    final Set<Cue> used = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Where a statement found over tokens ends, and its type. */
    final StatementContent content;
    /** Each cue's speaker phrase before it ({@link SpeakerPhrases#before}), null when it has none. */
    final CueSpeakers speakerBefore;
    /** The statements found so far in the sentence {@link ReportedSpeechStage} reads: a later verb may share their subject. */
    List<Attribution> sentenceStatements = List.of();
    private final StatementIndex byStart;
    /** Offsets where a statement's speaker starts (boxed offsets a fixed stride apart crowd a hash set's bins). */
    private final BitSet mentionStarts = new BitSet();
    /** Out of {@link #byStart}, still in the document's list until {@link #dropRemoved()}. */
    private final Set<Attribution> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    private int longest;

    private AttributionContext(AnnotatedDocument doc) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.mentions = doc.mentions;
        this.byStart = new StatementIndex(doc.text.length());
        this.cueAt = new Cue[tokens.size()];
        this.cueEndingAt = new Cue[tokens.size()];
        this.speakerBefore = new CueSpeakers(tokens.size());
        for (Cue c : doc.cues) {
            cueAt[c.firstToken()] = c;
            cueEndingAt[c.endToken() - 1] = c;
        }
        this.content = new StatementContent(doc, cueAt);
        this.sentenceOf = new int[tokens.size()];
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                sentenceOf[i] = s;
            }
        }
    }

    /** Words the text writes in lower case inside a sentence and never capitalised there; built on first use. */
    private Set<String> commonWords;

    /**
     * Whether the text writes this word (lower case) in lower case inside a sentence and never capitalised
     * there: at a sentence's start, such a word is no name ("Terrorist attacks in ..." beside "terrorist").
     */
    boolean isCommonWord(String lower) {
        if (commonWords == null) {
            Set<String> lowerCase = new HashSet<>();
            Set<String> capitalised = new HashSet<>();
            for (Sentence s : doc.sentences) {
                for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
                    Token t = tokens.get(i);
                    if (t.isWord() && tokens.get(i - 1).type() == Token.Type.WORD) {
                        (t.isCapitalized() ? capitalised : lowerCase).add(t.lower());
                    }
                }
            }
            lowerCase.removeAll(capitalised);
            commonWords = lowerCase;
        }
        return commonWords.contains(lower);
    }

    /** The surnames (lower case) of the names of two words or more; built on first use. */
    private Set<String> fullNameSurnames;

    /**
     * Whether {@code lower} is the surname of a name of two words or more ("brand" of "Ola Brand"). A set built once: a
     * transcript asks at every turn opened by an address, and a scan of every name each time made it quadratic.
     */
    boolean isSurnameOfFullName(String lower) {
        if (fullNameSurnames == null) {
            fullNameSurnames = new HashSet<>();
            for (Name n : doc.names) {
                if (n.words().size() >= 2) {
                    fullNameSurnames.add(n.surname());
                }
            }
        }
        return fullNameSurnames.contains(lower);
    }

    /** The names set off after a description; built on first use. */
    private ApposedName apposedNames;

    /** The reader of names set off after a description ("the chief engineer, Halvard Pemberley,"), one per document. */
    ApposedName apposedNames(Lexicon lexicon) {
        if (apposedNames == null) {
            apposedNames = new ApposedName(doc, lexicon);
        }
        return apposedNames;
    }

    static AttributionContext of(AnnotatedDocument doc) {
        if (doc.attributing == null) {
            doc.attributing = new AttributionContext(doc);
        }
        return doc.attributing;
    }

    /**
     * A stage's pass: {@code read} on each sentence, then the statements in content order. A call per sentence: this loop
     * runs once per document, so a long text's first read would otherwise run its body interpreted.
     */
    static void eachSentence(AnnotatedDocument doc, BiConsumer<AttributionContext, Sentence> read) {
        AttributionContext ctx = of(doc);
        for (Sentence s : doc.sentences) {
            read.accept(ctx, s);
        }
        ctx.sortByContent();
    }

    /** Index of the first token starting at or after {@code offset}. */
    int tokenAtOrAfter(int offset) {
        return doc.tokenAtOrAfter(offset);
    }

    Sentence sentenceOfToken(int token) {
        return doc.sentences.get(sentenceOf[token]);
    }

    boolean sameSentence(int a, int b) {
        return a >= 0 && b < tokens.size() && sentenceOf[a] == sentenceOf[b];
    }

    void add(Attribution a) {
        doc.attributions.add(a);
        byStart.add(a);
        longest = Math.max(longest, a.contentEnd - a.contentStart);
        if (a.mention != null) {
            mentionStarts.set(a.mention.start());
        }
    }

    /** Adds a statement over tokens {@code [fromToken, toToken)}, typed by the quotations it holds. */
    void add(Attribution.Source source, Mention m, String cue, int fromToken, int toToken, int block, double confidence) {
        Attribution a = new Attribution(source, m, cue, tokens.get(fromToken).start(), tokens.get(toToken - 1).end(), block,
                confidence);
        content.finishType(a);
        add(a);
    }

    /** Whether a statement's speaker mention starts at this offset. */
    boolean speakerStartsAt(int offset) {
        return offset >= 0 && mentionStarts.get(offset);
    }

    /** Attributions whose content may overlap {@code [start, end)}. */
    List<Attribution> near(int start, int end) {
        List<Attribution> out = new ArrayList<>();
        byStart.forEachStarting(start - longest, end, out::add);
        return out;
    }

    /**
     * Drops every attribution whose content lies inside {@code [start, end)}: from {@link #near} at once, from the
     * document's list at the next {@link #dropRemoved()}, which the caller makes before anything reads that list.
     */
    void removeWithin(int start, int end) {
        byStart.removeStarting(start, end, a -> a.contentEnd <= end && removed.add(a));
    }

    /**
     * Takes what {@link #removeWithin} dropped out of the document's list, in one pass for all the items of a list: a
     * pass per item was quadratic (1 MB of "- taxes will fall, he said" under one lead-in took 43 s).
     */
    void dropRemoved() {
        if (!removed.isEmpty()) {
            doc.attributions.removeIf(removed::contains);
            removed.clear();
        }
    }

    boolean covered(int start, int end) {
        // Over the index's own lists, not a copy: every candidate statement asks this.
        return byStart.anyStarting(start - longest, end, a -> {
            int overlap = Math.min(end, a.contentEnd) - Math.max(start, a.contentStart);
            return overlap > 0 && overlap * 2 >= Math.min(end - start, a.contentEnd - a.contentStart);
        });
    }

    /**
     * "Video shows that A, contradicting the police's claim that B": when every statement already found over
     * {@code outer}'s content lies inside it, speaker included, they are reported inside it and become nested
     * in it; true then, and {@code outer} can be added. False, changing nothing, when any overlaps otherwise.
     */
    boolean nestInside(Attribution outer) {
        List<Attribution> inside = new ArrayList<>();
        for (Attribution a : near(outer.contentStart, outer.contentEnd)) {
            if (a.contentEnd <= outer.contentStart || a.contentStart >= outer.contentEnd) {
                continue;
            }
            if (a.nested || a.mention == null || a.mention.start() < outer.contentStart || a.contentStart < outer.contentStart
                    || a.contentEnd > outer.contentEnd) {
                return false;
            }
            inside.add(a);
        }
        for (Attribution a : inside) {
            a.nested = true;
            a.outer = outer;
        }
        return !inside.isEmpty();
    }

    /**
     * Keeps the document's statements in text order (a stable sort: ties keep the order found). Most stages add none
     * out of order, and a sort that only confirms the order called its comparator per statement: in a long text's first
     * read, before the JIT compiles the lambdas, that was 3 % of 1 MB of "‘Yes, he said."
     */
    void sortByContent() {
        List<Attribution> all = doc.attributions;
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i - 1).contentStart > all.get(i).contentStart) {
                all.sort(Comparator.comparingInt((Attribution a) -> a.contentStart));
                return;
            }
        }
    }
}
