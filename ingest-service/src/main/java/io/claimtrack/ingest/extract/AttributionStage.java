package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Speakers and statements: pairs each cue, quotation, headline dash and lead-in with the speaker
 * mention it attributes and the content it covers. Precise patterns run first; a later, looser
 * pattern never takes content an earlier one already attributed.
 */
public final class AttributionStage implements Stage {

    private static final int MAX_CUES_PER_SENTENCE = 24;
    /** How far back a follow-on quotation looks for its speaker, in statements. */
    private static final int LOOKBACK = 50;
    private static final Set<String> DASHES = Set.of("—", "–", "-", "―");
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "while", "as", "when", "because",
            "after", "before", "since", "although", "though", "so", "where", "if", "whereas");
    private static final Set<String> TRAILING_STARTERS = Set.of("on", "in", "at", "during", "earlier", "last", "this",
            "yesterday", "today", "told", "to", "via", "through", "late", "recently", "later", "afterwards", "after",
            "before", "when", "while", "from", "over", "according", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "with", "by", "of", "as");
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "on", "at", "during", "via", "through");
    private static final Set<String> MEDIA = Set.of("statement", "interview", "letter", "post", "tweet", "note",
            "speech", "video", "remarks", "briefing", "conference", "podcast", "email", "message", "twitter",
            "facebook", "television", "radio", "blog", "op-ed", "column", "telegram", "x");
    private static final Set<String> WHEN_OPENERS = Set.of("on", "in", "late", "early", "earlier", "last", "this");
    private static final Set<String> TIME_WORDS = Set.of("evening", "morning", "afternoon", "night", "week", "month",
            "year", "late", "early", "weekend", "last", "this", "today", "yesterday");
    private static final Set<String> GERUND_LEADS = Set.of(",", "as", "by", "for", "after", "while", "before",
            "without", "when", "in");
    private static final Set<String> TITLE_MARKERS = Set.of("of", "on", "in", "at", "from", "titled", "entitled",
            "named", "dubbed", "show", "film", "book", "program", "programme", "episode", "series");
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("with", "to", "at", "of", "for", "from", "in", "on");
    private static final Set<String> POSTMODIFIERS = Set.of("familiar", "close", "briefed", "knowledgeable",
            "involved", "privy", "loyal", "linked", "connected", "allied", "opposed");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that", "when", "while",
            "because", "where");
    private static final Set<String> COORDINATORS = Set.of("though", "although", "but", "and", "while", "whereas", "yet");
    private static final Set<String> TOPIC = Set.of("on", "about", "of", "with", "for", "from");
    private static final Set<String> TELL_VERBS = Set.of("told", "tells", "tell", "telling", "informed", "informs",
            "assured", "assures", "warned", "warns", "reminded", "reminds", "urged", "urges", "asked", "asks", "advised", "advises");

    private final Lexicon lexicon;
    private final Mentions mentions;

    public AttributionStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.mentions = new Mentions(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        Context ctx = new Context(doc);
        headlineDashes(ctx);
        speakerColons(ctx);
        quotesWithCues(ctx);
        reportedSpeech(ctx);
        leadIns(ctx);
        followOnQuotes(ctx);
        doc.attributions.sort(Comparator.comparingInt((Attribution a) -> a.contentStart));
    }

    /** Per-document working state: token lookup by offset and the cue at each token. */
    private static final class Context {
        final AnnotatedDocument doc;
        final List<Token> tokens;
        final Cue[] cueAt;
        final int[] sentenceOf;
        /** Cues already paired with a quotation, so reported speech does not reuse them. */
        final java.util.Set<Cue> used = new java.util.HashSet<>();
        /** The attributions by content start, so overlap checks look only at neighbours. */
        private final java.util.TreeMap<Integer, List<Attribution>> byStart = new java.util.TreeMap<>();
        private final java.util.Set<Integer> mentionStarts = new java.util.HashSet<>();
        private int longest;
        final Cue[] cueEndingAt;

        Context(AnnotatedDocument doc) {
            this.doc = doc;
            this.tokens = doc.tokens;
            this.cueAt = new Cue[tokens.size()];
            this.cueEndingAt = new Cue[tokens.size()];
            for (Cue c : doc.cues) {
                cueAt[c.firstToken()] = c;
                cueEndingAt[c.endToken() - 1] = c;
            }
            this.sentenceOf = new int[tokens.size()];
            for (int s = 0; s < doc.sentences.size(); s++) {
                Sentence sentence = doc.sentences.get(s);
                for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                    sentenceOf[i] = s;
                }
            }
        }

        /** Index of the first token starting at or after {@code offset}. */
        int tokenAtOrAfter(int offset) {
            return Sorted.firstAtLeast(tokens, Token::start, offset);
        }

        void add(Attribution a) {
            doc.attributions.add(a);
            byStart.computeIfAbsent(a.contentStart, k -> new ArrayList<>()).add(a);
            longest = Math.max(longest, a.contentEnd - a.contentStart);
            if (a.mention != null) {
                mentionStarts.add(a.mention.start());
            }
        }

        /** Attributions whose content may overlap {@code [start, end)}. */
        List<Attribution> near(int start, int end) {
            List<Attribution> out = new ArrayList<>();
            for (List<Attribution> list : byStart.subMap(start - longest, true, end, false).values()) {
                out.addAll(list);
            }
            return out;
        }

        /** Drops every attribution whose content lies inside {@code [start, end)}. */
        void removeWithin(int start, int end) {
            java.util.Set<Attribution> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (List<Attribution> list : byStart.subMap(start, true, end, false).values()) {
                list.removeIf(a -> a.contentEnd <= end && gone.add(a));
            }
            if (!gone.isEmpty()) {
                doc.attributions.removeIf(gone::contains);
            }
        }

        boolean covered(int start, int end) {
            for (Attribution a : near(start, end)) {
                int overlap = Math.min(end, a.contentEnd) - Math.max(start, a.contentStart);
                if (overlap > 0 && overlap * 2 >= Math.min(end - start, a.contentEnd - a.contentStart)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- headline dashes: "Traffic on Crimean Bridge is in standard mode — Russian Ministry of Transport"

    private void headlineDashes(Context ctx) {
        AnnotatedDocument doc = ctx.doc;
        for (Sentence s : doc.sentences) {
            if (doc.block(s.block()).kind() != Block.Kind.HEADLINE) {
                continue;
            }
            for (int i = s.endToken() - 2; i > s.firstToken(); i--) {
                Token dash = ctx.tokens.get(i);
                if (!DASHES.contains(dash.text()) || !spaced(doc, dash)) {
                    continue;
                }
                int from = i + 1;
                while (from < s.endToken() && DASHES.contains(ctx.tokens.get(from).text())) {
                    from++;
                }
                int to = s.endToken();
                if (to - from > 6 || mentions.scanRight(ctx.tokens, from, to) != to) {
                    break;
                }
                Mention m = mentions.build(doc, ctx.tokens, from, to);
                int contentEnd = i;
                while (contentEnd > s.firstToken() && DASHES.contains(ctx.tokens.get(contentEnd - 1).text())) {
                    contentEnd--;
                }
                if (m != null && !m.isPronoun() && contentEnd - s.firstToken() >= 3) {
                    add(ctx, Attribution.Source.HEADLINE, m, "", s.firstToken(), contentEnd, s.block(), 0.75);
                }
                break;
            }
        }
    }

    // ---- "WALLACE: Let's start ..." (transcripts) and "Lavrov: talks were useful" (headlines)

    private void speakerColons(Context ctx) {
        AnnotatedDocument doc = ctx.doc;
        for (Sentence s : doc.sentences) {
            Block block = doc.block(s.block());
            if (s.start() != block.start() || block.kind() == Block.Kind.BULLET) {
                continue;
            }
            int i = s.firstToken();
            if (ctx.tokens.get(i).type() == Token.Type.QUOTE) {
                i++;
            }
            int colon = i;
            while (colon < s.endToken() && colon - i < 4 && ctx.tokens.get(colon).isCapitalized()) {
                colon++;
            }
            if (colon == i || colon >= s.endToken() - 2 || !ctx.tokens.get(colon).is(":")) {
                continue;
            }
            boolean transcript = true;
            for (int k = i; k < colon; k++) {
                transcript &= ctx.tokens.get(k).isAllCaps();
            }
            String label = doc.text(ctx.tokens.get(i).start(), ctx.tokens.get(colon - 1).end()).toLowerCase(java.util.Locale.ROOT);
            if (lexicon.labels.contains(label) || !transcript && block.kind() != Block.Kind.HEADLINE) {
                continue;
            }
            Mention m = mentions.build(doc, ctx.tokens, i, colon);
            int end = block.end();
            int contentStart = ctx.tokens.get(colon + 1).start();
            while (end > contentStart && ".;".indexOf(doc.text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (m != null && !m.isPronoun() && end > contentStart) {
                Attribution a = new Attribution(Attribution.Source.HEADLINE, m, ":", contentStart, end, s.block(), 0.7);
                finishType(doc, a);
                ctx.add(a);
            }
        }
    }

    private static boolean spaced(AnnotatedDocument doc, Token t) {
        return t.start() > 0 && Chars.isSpace(doc.text.charAt(t.start() - 1)) && t.end() < doc.text.length()
                && Chars.isSpace(doc.text.charAt(t.end()));
    }

    // ---- direct quotations next to their cue: "Q," X said / "Q," said X / X said: "Q"

    private void quotesWithCues(Context ctx) {
        AnnotatedDocument doc = ctx.doc;
        for (Quote q : doc.quotes) {
            if (isTitle(ctx, q)) {
                continue;
            }
            int after = ctx.tokenAtOrAfter(q.end());
            int closing = after - 1;
            if (after < ctx.tokens.size() && sameSentence(ctx, closing, after)) {
                if (quoteThenCue(ctx, q, after)) {
                    continue;
                }
            }
            int opening = ctx.tokenAtOrAfter(q.start());
            cueThenQuote(ctx, q, opening);
        }
    }

    /** 'on "Fox News Sunday,"', 'the film "Selma"': a quoted title, not a quotation of speech. */
    private static boolean isTitle(Context ctx, Quote q) {
        int opening = ctx.tokenAtOrAfter(q.start());
        if (opening == 0) {
            return false;
        }
        Token before = ctx.tokens.get(opening - 1);
        return TITLE_MARKERS.contains(before.lower()) || before.lower().endsWith("’s") || before.lower().endsWith("'s");
    }

    private static boolean sameSentence(Context ctx, int a, int b) {
        return a >= 0 && b < ctx.tokens.size() && ctx.sentenceOf[a] == ctx.sentenceOf[b];
    }

    private boolean quoteThenCue(Context ctx, Quote q, int i) {
        List<Token> tokens = ctx.tokens;
        int end = ctx.doc.sentences.get(ctx.sentenceOf[i]).endToken();
        if (tokens.get(i).is(",")) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        int block = ctx.doc.sentences.get(ctx.sentenceOf[i]).block();
        if (DASHES.contains(tokens.get(i).text()) && i + 1 < end) {
            // A signed quotation: "..." ― Jane Smith
            int npEnd = mentions.scanRight(tokens, i + 1, end);
            Mention m = npEnd == contentEndToken(ctx, ctx.doc.sentences.get(ctx.sentenceOf[i]))
                    ? mentions.build(ctx.doc, tokens, i + 1, npEnd) : null;
            return m != null && addQuote(ctx, q, m, tokens.get(i).text(), block, 0.85);
        }
        Cue cue = ctx.cueAt[i];
        if (cue != null && cue.kind() == Lexicon.CueKind.VERB && !isGerund(cue)) {
            int npEnd = mentions.scanRight(tokens, cue.endToken(), end);
            Mention m = mentions.build(ctx.doc, tokens, cue.endToken(), npEnd);
            return m != null && addQuote(ctx, q, m, cue, block, 0.95);
        }
        // "Q," adviser to the regional head John Smith said: the speaker is everything up to the cue.
        for (int k = i + 1; k < Math.min(end, i + 14); k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.QUOTE || t.is(",") || t.is(";")) {
                return false;
            }
            if (k == i + 1 && Lexicon.NP_BREAKERS.contains(tokens.get(i).lower()) || RELATIVES.contains(t.lower())) {
                return false;
            }
            cue = ctx.cueAt[k];
            if (cue != null) {
                int npEnd = skipAdverbsLeft(tokens, k - 1, i) + 1;
                Mention m = cue.kind() == Lexicon.CueKind.VERB ? mentions.build(ctx.doc, tokens, i, npEnd) : null;
                return m != null && addQuote(ctx, q, m, cue, block, 0.95);
            }
        }
        return false;
    }

    private void cueThenQuote(Context ctx, Quote q, int opening) {
        List<Token> tokens = ctx.tokens;
        int j = opening - 1;
        if (j < 0 || !sameSentence(ctx, j, opening)) {
            return;
        }
        boolean punctuated = tokens.get(j).is(":") || tokens.get(j).is(",");
        if (punctuated) {
            j--;
        }
        // Without a colon or comma the quotation must be the whole rest of the sentence: "X said "Q"."
        Sentence own = ctx.doc.sentences.get(ctx.sentenceOf[opening]);
        if (j < 0 || !punctuated && q.end() < ctx.tokens.get(contentEndToken(ctx, own) - 1).end()) {
            return;
        }
        Cue cue = ctx.cueEndingAt[j];
        if (cue == null || cue.kind() != Lexicon.CueKind.VERB) {
            return;
        }
        Sentence s = ctx.doc.sentences.get(cue.sentence());
        Mention m = speakerBefore(ctx, cue, s);
        if (m != null) {
            addQuote(ctx, q, m, cue, s.block(), 0.9);
        }
    }

    private boolean addQuote(Context ctx, Quote q, Mention m, Cue cue, int block, double confidence) {
        if (!addQuote(ctx, q, m, cue.text(), block, confidence)) {
            return false;
        }
        ctx.used.add(cue);
        return true;
    }

    private boolean addQuote(Context ctx, Quote q, Mention m, String cue, int block, double confidence) {
        // 'The plan was "a betrayal," Brandt said': the words before the quotation belong to the statement.
        int start = q.start();
        Sentence s = ctx.doc.sentenceAt(q.start());
        if (s != null && s.start() < q.start() && m.start() > q.end()) {
            start = s.start();
        }
        if (ctx.covered(start, q.end())) {
            return false;
        }
        Attribution a = new Attribution(Attribution.Source.QUOTE_CUE, m, cue, start, q.end(), block, confidence);
        a.type = "direct";
        if (start != q.start()) {
            a.type = "mixed";
        }
        ctx.add(a);
        return true;
    }

    // ---- reported speech around a cue: X said (that) Y / Y, X said / according to X, Y / Y, said X

    private void reportedSpeech(Context ctx) {
        AnnotatedDocument doc = ctx.doc;
        int c = 0;
        while (c < doc.cues.size()) {
            int sentenceIndex = doc.cues.get(c).sentence();
            List<Attribution> inSentence = new ArrayList<>();
            int sentenceEnd = c;
            while (sentenceEnd < doc.cues.size() && doc.cues.get(sentenceEnd).sentence() == sentenceIndex) {
                sentenceEnd++;
            }
            if (sentenceEnd - c > MAX_CUES_PER_SENTENCE) {
                // No sentence of prose has this many cues; skipping it keeps degenerate input linear.
                c = sentenceEnd;
                continue;
            }
            for (; c < sentenceEnd; c++) {
                if (ctx.used.contains(doc.cues.get(c))) {
                    continue;
                }
                Attribution a = fromCue(ctx, doc.cues.get(c));
                if (a != null) {
                    inSentence.add(a);
                }
            }
            trimAtLaterSpeakers(ctx, inSentence);
            // The reporting statement first, so one it reports becomes nested instead of taking its place:
            // a speaker after the content ("..., Kremlin aide says") reports all before it.
            inSentence.sort(Comparator.comparing((Attribution a) -> a.contentEnd > a.mention.start())
                    .thenComparingInt(a -> a.contentStart - a.contentEnd));
            for (Attribution a : inSentence) {
                Attribution outer = container(ctx, a);
                if (outer != null) {
                    a.nested = true;
                    a.outer = outer;
                } else if (ctx.covered(a.contentStart, a.contentEnd)) {
                    continue;
                }
                finishType(ctx.doc, a);
                ctx.add(a);
            }
        }
    }

    /** The statement whose content holds both this one's speaker and content, or null. */
    private static Attribution container(Context ctx, Attribution a) {
        for (Attribution o : ctx.near(a.contentStart, a.contentEnd)) {
            if (o.mention != null && !o.nested && o.contentStart <= a.mention.start() && o.contentEnd >= a.contentEnd
                    && o.contentStart <= a.contentStart) {
                return o;
            }
        }
        return null;
    }

    private Attribution fromCue(Context ctx, Cue cue) {
        Sentence s = ctx.doc.sentences.get(cue.sentence());
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int end = contentEndToken(ctx, s);
        if (cue.kind() == Lexicon.CueKind.ACCORDING_TO) {
            int npEnd = mentions.scanRight(tokens, cue.endToken(), s.endToken(), true);
            if (cue.firstToken() <= first + 1 && npEnd > 0) {
                // "According to a ministry document seen by Reuters, ...": the source runs to the comma.
                int comma = npEnd;
                while (comma < end && comma - npEnd < 8 && !tokens.get(comma).is(",")) {
                    comma++;
                }
                npEnd = comma < end && tokens.get(comma).is(",") ? comma : npEnd;
            }
            Mention m = mentions.describe(ctx.doc, tokens, cue.endToken(), npEnd);
            if (m == null) {
                return null;
            }
            if (cue.firstToken() <= first + 1) {
                int from = npEnd < end && tokens.get(npEnd).is(",") ? npEnd + 1 : npEnd;
                return make(ctx, Attribution.Source.ACCORDING_TO, m, cue, from, end, s, 0.85);
            }
            int to = cue.firstToken();
            if (to > first && tokens.get(to - 1).is(",")) {
                to--;
            }
            return make(ctx, Attribution.Source.ACCORDING_TO, m, cue, first, to, s, 0.85);
        }
        if (isGerund(cue)) {
            return fromGerund(ctx, cue, s, end);
        }
        if (cue.endToken() + 1 < end && TOPIC.contains(tokens.get(cue.endToken()).lower())
                && cue.endToken() - cue.firstToken() == 1 && !Lexicon.SAY_TELL.contains(tokens.get(cue.firstToken()).lower())
                && tokens.get(cue.endToken() + 1).isWord() && !Mentions.isDateWord(tokens.get(cue.endToken() + 1).lower())) {
            // "reported on the talks", "commented about": a topic, not what was said.
            return null;
        }
        Mention m = speakerBefore(ctx, cue, s);
        if (m == null && coordinatedVerb(tokens, cue, first)) {
            // "Nowak thanked the government but said that ...": the sentence's subject says it.
            Mention subject = subject(ctx, s, cue.firstToken());
            return subject == null ? null
                    : make(ctx, Attribution.Source.SECOND_VERB, subject, cue, contentStartAfterCue(tokens, cue, end), end, s,
                            0.75);
        }
        if (m == null) {
            return inverted(ctx, cue, s, end);
        }
        int npStart = ctx.tokenAtOrAfter(m.start());
        boolean atStart = npStart == first || isBoundary(tokens.get(npStart - 1));
        if (atStart && npStart > first && tokens.get(npStart - 1).is(",") && trailing(tokens, afterListener(tokens, cue, end), end)) {
            // "Y, X said." The content is everything before the speaker.
            int contentEnd = npStart - 1;
            int contentStart = first;
            if (tokens.get(first).is("as")) {
                return null;
            }
            return make(ctx, Attribution.Source.CUE, m, cue, contentStart, contentEnd, s, 0.85);
        }
        if (npStart > first + 0 && tokens.get(npStart - 1).is("as") && npStart - 1 == first) {
            // "As X noted, Y."
            int comma = cue.endToken();
            while (comma < end && !tokens.get(comma).is(",")) {
                comma++;
            }
            return comma < end ? make(ctx, Attribution.Source.CUE, m, cue, comma + 1, end, s, 0.8) : null;
        }
        if (!atStart) {
            return null;
        }
        int from = contentStartAfterCue(tokens, cue, end);
        if (from == cue.endToken() && end - from <= 6 && trailing(tokens, from, end)) {
            // "Flynn said Thursday morning on Fox News." names when and where; what he said is elsewhere.
            return null;
        }
        return make(ctx, Attribution.Source.CUE, m, cue, from, end, s, 0.85);
    }

    private boolean isGerund(Cue cue) {
        String first = cue.text().toLowerCase(java.util.Locale.ROOT).split(" ")[0];
        return first.endsWith("ing") && lexicon.cuesStartingWith(first).get(0).gerund();
    }

    /** "..., saying that Y": the speaker is the subject that opens the sentence. */
    private Attribution fromGerund(Context ctx, Cue cue, Sentence s, int end) {
        List<Token> tokens = ctx.tokens;
        int prev = cue.firstToken() - 1;
        if (prev <= s.firstToken() || cue.endToken() < end && TOPIC.contains(tokens.get(cue.endToken()).lower())
                || laterCue(ctx, cue, s)) {
            // "speaking on condition of anonymity", or an aside before the sentence's own cue:
            // "Pistorius, speaking to reporters, said ..."
            return null;
        }
        Mention m;
        if (GERUND_LEADS.contains(tokens.get(prev).lower())) {
            // ", saying", "was quoted as saying", "began by saying": the sentence's subject speaks.
            m = subject(ctx, s, cue.firstToken());
        } else {
            // "..., with press secretary Jen Psaki telling reporters ..."
            Mention own = speakerBefore(ctx, cue, s);
            int at = own == null ? -1 : ctx.tokenAtOrAfter(own.start()) - 1;
            m = at >= s.firstToken() && (tokens.get(at).is("with") || tokens.get(at).is(",")) ? own : null;
        }
        if (m == null) {
            return null;
        }
        return make(ctx, Attribution.Source.CUE, m, cue, contentStartAfterCue(tokens, cue, end), end, s, 0.7);
    }

    private static boolean coordinatedVerb(List<Token> tokens, Cue cue, int first) {
        int p = skipAdverbsLeft(tokens, cue.firstToken() - 1, first);
        return p > first + 1 && (tokens.get(p).is("and") || tokens.get(p).is("but"));
    }

    private static boolean laterCue(Context ctx, Cue gerund, Sentence s) {
        for (int i = gerund.endToken(); i < s.endToken(); i++) {
            Cue c = ctx.cueAt[i];
            if (c != null && c.kind() == Lexicon.CueKind.VERB && !c.text().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase that opens the sentence: a name ends where its capitalised words do. */
    private Mention subject(Context ctx, Sentence s, int limit) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int end = mentions.scanRight(tokens, first, Math.min(limit, first + 8));
        // The phrase ends at its verb: "Psaki pushed back", "Nowak thanked the government".
        for (int k = first + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !t.isCapitalized() && t.lower().endsWith("ed")) {
                end = k;
                break;
            }
        }
        return end > first ? mentions.build(ctx.doc, tokens, first, end) : null;
    }

    /** "Y, said X." */
    private Attribution inverted(Context ctx, Cue cue, Sentence s, int end) {
        List<Token> tokens = ctx.tokens;
        int prev = cue.firstToken() - 1;
        if (prev <= s.firstToken() || !tokens.get(prev).is(",")) {
            return null;
        }
        int npEnd = mentions.scanRight(tokens, cue.endToken(), s.endToken());
        Mention m = mentions.build(ctx.doc, tokens, cue.endToken(), npEnd);
        if (m == null || npEnd < end && !tokens.get(npEnd).is(",")) {
            return null;
        }
        return make(ctx, Attribution.Source.CUE, m, cue, s.firstToken(), prev, s, 0.8);
    }

    /**
     * The speaker phrase right before the cue. A parenthesis ("Mike Pence (R-IN) said") is skipped, and
     * so is a phrase between commas ("Trump, speaking in Ohio, said"; "Peskov, the Kremlin spokesman,
     * said"), whose role description, if it is one, is kept.
     */
    private Mention speakerBefore(Context ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int p = skipAdverbsLeft(tokens, cue.firstToken() - 1, first);
        if (p >= first && tokens.get(p).is(")")) {
            while (p >= first && !tokens.get(p).is("(")) {
                p--;
            }
            p--;
        }
        if (p < first) {
            return null;
        }
        if (tokens.get(p).is(",")) {
            return beforeAside(ctx, first, p);
        }
        return phraseEndingAt(ctx, p, first);
    }

    /**
     * The speaker phrase ending at token {@code last}, including a description's prepositional tail: "a
     * source familiar with the talks", "a senior official at the operator".
     */
    private Mention phraseEndingAt(Context ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int npStart = mentions.scanLeft(tokens, last, first);
        if (npStart - 2 < first || npStart < 0) {
            return mentions.build(ctx.doc, tokens, npStart, last + 1);
        }
        int linkAt = npStart - 1;
        if (POSTMODIFIERS.contains(tokens.get(npStart - 2).lower()) && npStart - 3 >= first) {
            linkAt = npStart - 2;
        }
        if (TAIL_PREPOSITIONS.contains(tokens.get(npStart - 1).lower())) {
            int headStart = mentions.scanLeft(tokens, linkAt - 1, first);
            Mention head = headStart < 0 ? null : mentions.build(ctx.doc, tokens, headStart, linkAt);
            if (head != null && !head.hasName() && !head.isPronoun() && mentions.isSpeakerNoun(tokens.get(linkAt - 1))) {
                return new Mention(head.start(), tokens.get(last).end(), ctx.doc.text(head.start(), tokens.get(last).end()),
                        head.role(), "", head.kind());
            }
        }
        return mentions.build(ctx.doc, tokens, npStart, last + 1);
    }

    private Mention beforeAside(Context ctx, int first, int closingComma) {
        List<Token> tokens = ctx.tokens;
        int open = closingComma - 1;
        while (open > first && !tokens.get(open).is(",") && closingComma - open < 16) {
            // An aside may hold a clause ("Trump, when asked about it, said") but no other punctuation.
            Token t = tokens.get(open);
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && ";:—–(".contains(t.text())) {
                return null;
            }
            open--;
        }
        if (open <= first || !tokens.get(open).is(",")) {
            return null;
        }
        Mention subject = phraseEndingAt(ctx, open - 1, first);
        int nameStart = subject == null ? -1 : ctx.tokenAtOrAfter(subject.start());
        if (subject == null || !(nameStart == first || isBoundary(tokens.get(nameStart - 1)))) {
            return null;
        }
        Mention aside = mentions.build(ctx.doc, tokens, open + 1, closingComma);
        if (aside != null && aside.hasName() && aside.kind() == SpeakerKind.PERSON
                && mentions.scanLeft(tokens, closingComma - 1, open + 1) == open + 1
                && (!subject.hasName() || startsWithRole(subject))) {
            // "The mayor, Lena Brandt, said": the description first, the name in the aside.
            return new Mention(subject.start(), aside.end(), ctx.doc.text(subject.start(), aside.end()),
                    roleOf(subject), aside.name(), SpeakerKind.PERSON);
        }
        boolean asideIsRole = aside != null && !aside.hasName() && aside.kind() == SpeakerKind.PERSON
                && mentions.scanLeft(tokens, closingComma - 1, open + 1) == open + 1;
        if (!asideIsRole || !subject.hasName()) {
            return subject;
        }
        return new Mention(subject.start(), aside.end(), ctx.doc.text(subject.start(), aside.end()), aside.role(),
                subject.name(), subject.kind());
    }

    /** "The spokesman for the Relief Agency": a title, however much organisation name follows it. */
    private boolean startsWithRole(Mention m) {
        String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        int i = Lexicon.DETERMINERS.contains(words[0]) && words.length > 1 ? 1 : 0;
        return lexicon.isRoleWord(words[i]);
    }

    private static String roleOf(Mention description) {
        String text = description.text();
        for (String det : List.of("The ", "the ", "A ", "a ", "An ", "an ")) {
            if (text.startsWith(det)) {
                return text.substring(det.length());
            }
        }
        return text;
    }

    private static int skipAdverbsLeft(List<Token> tokens, int p, int first) {
        while (p >= first) {
            Token t = tokens.get(p);
            if (Lexicon.ADVERBS.contains(t.lower()) || (t.isWord() && !t.isCapitalized() && t.lower().endsWith("ly")
                    && t.lower().length() > 4)) {
                p--;
            } else {
                break;
            }
        }
        return p;
    }

    private static boolean isBoundary(Token t) {
        return ",;:—–(-".contains(t.text()) && t.text().length() == 1 || t.type() == Token.Type.QUOTE
                || CLAUSE_WORDS.contains(t.lower());
    }

    /** After "told reporters" or "told The Huffington Post": where what follows the listener begins. */
    private int afterListener(List<Token> tokens, Cue cue, int end) {
        if (!TELL_VERBS.contains(tokens.get(cue.firstToken()).lower())) {
            return cue.endToken();
        }
        int npEnd = mentions.scanRight(tokens, cue.endToken(), end);
        return npEnd < 0 ? cue.endToken() : npEnd;
    }

    /** True when only a short adverbial follows the cue: "..., X said on Tuesday." */
    private static boolean trailing(List<Token> tokens, int i, int end) {
        if (i >= end) {
            return true;
        }
        if (end - i > 10 || !TRAILING_STARTERS.contains(tokens.get(i).lower()) && !tokens.get(i).is(",")) {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (tokens.get(k).is("that") || tokens.get(k).type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /** Skips "that", the listener of "told X that" and a short adverbial before "that". */
    private static int contentStartAfterCue(List<Token> tokens, Cue cue, int end) {
        int i = cue.endToken();
        int limit = Math.min(end, i + (TELL_VERBS.contains(tokens.get(cue.firstToken()).lower()) ? 14 : 8));
        for (int k = i; k < limit; k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return k + 1;
            }
            if (t.is(";") || t.is(":") || t.type() == Token.Type.QUOTE && !TELL_VERBS.contains(tokens.get(cue.firstToken()).lower())) {
                break;
            }
        }
        while (i < end && (tokens.get(i).is(":") || tokens.get(i).is(","))) {
            i++;
        }
        return skipWhen(tokens, i, end);
    }

    /** "said on Tuesday evening they had ...": the time phrase dates the statement, it is not said. */
    private static int skipWhen(List<Token> tokens, int i, int end) {
        int k = skipMedium(tokens, i, end);
        if (k > i) {
            return skipWhen(tokens, k, end);
        }
        if (k < end && WHEN_OPENERS.contains(tokens.get(k).lower())) {
            k++;
            int words = 0;
            while (k < end && (Mentions.isDateWord(tokens.get(k).lower()) || TIME_WORDS.contains(tokens.get(k).lower())
                    || tokens.get(k).type() == Token.Type.NUMBER)) {
                k++;
                words++;
            }
            if (k < end && tokens.get(k).is(",")) {
                k++;
            }
            // Only when a clause follows: at least a subject and a verb.
            if (words > 0 && end - k >= 2) {
                return k;
            }
        }
        return i;
    }

    /** "said in a statement it ...", "told reporters in an interview that": where it was said, not what. */
    private static int skipMedium(List<Token> tokens, int i, int end) {
        if (i + 2 >= end || !MEDIUM_PREPOSITIONS.contains(tokens.get(i).lower())) {
            return i;
        }
        int k = i + 1;
        if (Lexicon.DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= end || !MEDIA.contains(tokens.get(k).lower())) {
            return i;
        }
        k++;
        if (k < end && tokens.get(k).is(",")) {
            k++;
        }
        return end - k >= 2 ? k : i;
    }

    /** Index just past the last content token: drops closing punctuation outside quotations. */
    private static int contentEndToken(Context ctx, Sentence s) {
        int end = s.endToken();
        while (end > s.firstToken() && ".!?…;".contains(ctx.tokens.get(end - 1).text())
                && ctx.tokens.get(end - 1).type() == Token.Type.PUNCT) {
            end--;
        }
        return end;
    }

    private Attribution make(Context ctx, Attribution.Source source, Mention m, Cue cue, int fromToken, int toToken,
            Sentence s, double confidence) {
        if (toToken - fromToken < 2 || ctx.tokens.get(toToken - 1).is(":") && toToken == s.endToken()
                || DASHES.contains(ctx.tokens.get(fromToken).text())) {
            // Too short, a lead-in ("... said on Monday:") whose statements are the lines that follow, or a
            // headline's dash and speaker.
            return null;
        }
        List<Token> tokens = ctx.tokens;
        return new Attribution(source, m, cue.text(), tokens.get(fromToken).start(), tokens.get(toToken - 1).end(),
                s.block(), confidence);
    }

    /** Several speakers in one sentence: each statement stops where the next speaker's clause begins. */
    private void trimAtLaterSpeakers(Context ctx, List<Attribution> inSentence) {
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
            Attribution second = secondVerbInside(ctx, inSentence, a);
            if (second != null) {
                // "said A and added that B": A ends before the "and".
                k = ctx.tokenAtOrAfter(second.contentStart) - 1;
                while (k > 0 && !(ctx.tokens.get(k).is("and") || ctx.tokens.get(k).is("but"))) {
                    k--;
                }
            } else if (cut != null) {
                k = ctx.tokenAtOrAfter(cut.mention.start());
            } else {
                continue;
            }
            k--;
            while (k >= 0 && isBoundary(ctx.tokens.get(k)) && ctx.tokens.get(k).type() != Token.Type.QUOTE) {
                k--;
            }
            if (k >= 0 && ctx.tokens.get(k).end() > a.contentStart) {
                inSentence.set(i, new Attribution(a.source, a.mention, a.cue, a.contentStart, ctx.tokens.get(k).end(),
                        a.block, a.confidence));
            }
        }
    }

    private static Attribution secondVerbInside(Context ctx, List<Attribution> inSentence, Attribution a) {
        for (Attribution b : inSentence) {
            if (b != a && b.source == Attribution.Source.SECOND_VERB && b.contentStart > a.contentStart
                    && b.contentStart < a.contentEnd) {
                return b;
            }
        }
        return null;
    }

    /** ", though she acknowledged": a second statement joined by a conjunction or semicolon, not a reported one. */
    private static boolean coordinated(Context ctx, Attribution b) {
        int k = ctx.tokenAtOrAfter(b.mention.start()) - 1;
        if (k < 0) {
            return false;
        }
        Token before = ctx.tokens.get(k);
        return before.is(";") || COORDINATORS.contains(before.lower()) && k > 0 && ctx.tokens.get(k - 1).is(",");
    }

    // ---- lead-ins: "Foreign Minister Sergey Lavrov stressed:" followed by bullets

    private void leadIns(Context ctx) {
        AnnotatedDocument doc = ctx.doc;
        for (Cue cue : doc.cues) {
            Sentence s = doc.sentences.get(cue.sentence());
            Block block = doc.block(s.block());
            if (block.kind() == Block.Kind.BULLET || !doc.text.substring(block.start(), block.end()).endsWith(":")
                    || s.end() != block.end()) {
                continue;
            }
            Mention m = speakerBefore(ctx, cue, s);
            if (m == null) {
                continue;
            }
            Attribution firstBullet = null;
            for (int b = s.block() + 1; b < doc.blocks.size() && doc.block(b).kind() == Block.Kind.BULLET; b++) {
                Block bullet = doc.block(b);
                String text = doc.text.substring(bullet.start(), bullet.end());
                if (text.endsWith(":") || opensWithOwnSpeaker(ctx, bullet)) {
                    continue;
                }
                int end = bullet.end();
                if (text.endsWith(".") || text.endsWith(";")) {
                    end--;
                }
                ctx.removeWithin(bullet.start(), bullet.end());
                Attribution a = new Attribution(Attribution.Source.BULLET, m, cue.text(), bullet.start(), end, b, 0.8);
                // One lead-in, one speaker: later bullets take the first one's resolution.
                a.antecedent = firstBullet;
                firstBullet = firstBullet == null ? a : firstBullet;
                finishType(doc, a);
                ctx.add(a);
            }
            if (firstBullet == null) {
                quotedLineAfter(ctx, s.block() + 1, m, cue);
            }
        }
    }

    /** "He continued:" and a paragraph that opens with a quotation: the quotation is his. */
    private void quotedLineAfter(Context ctx, int block, Mention m, Cue cue) {
        if (block >= ctx.doc.blocks.size() || ctx.doc.block(block).isNoise()) {
            return;
        }
        Quote q = ctx.doc.quoteAt(ctx.doc.block(block).start());
        if (q != null && q.start() == ctx.doc.block(block).start()) {
            addQuote(ctx, q, m, cue, block, 0.85);
        }
    }

    private static boolean opensWithOwnSpeaker(Context ctx, Block bullet) {
        return ctx.mentionStarts.contains(bullet.start());
    }

    // ---- follow-on quotations: a quoted sentence with no cue continues the previous speaker

    private void followOnQuotes(Context ctx) {
        AnnotatedDocument doc = ctx.doc;
        List<Attribution> sorted = new ArrayList<>(doc.attributions);
        sorted.sort(Comparator.comparingInt((Attribution a) -> a.contentStart));
        int next = 0;
        for (Quote q : doc.quotes) {
            while (next < sorted.size() && sorted.get(next).contentStart < q.start()) {
                next++;
            }
            if (ctx.covered(q.start(), q.end())) {
                continue;
            }
            int first = ctx.tokenAtOrAfter(q.start());
            if (first >= ctx.tokens.size()) {
                continue;
            }
            Sentence s = doc.sentences.get(ctx.sentenceOf[first]);
            // '"Q1," she said, "Q2."' continues in the same sentence; otherwise the quotation opens one.
            if (attributedAfter(ctx, q, s)) {
                // '«...», сказал Песков': the quotation has its own attribution, in words the cues do not cover.
                continue;
            }
            boolean continued = first > s.firstToken() && ctx.tokens.get(first - 1).is(",")
                    && next > 0 && sorted.get(next - 1).source == Attribution.Source.QUOTE_CUE
                    && sorted.get(next - 1).contentStart >= s.start();
            if (s.firstToken() != first && !continued) {
                continue;
            }
            Attribution antecedent = null;
            for (int k = next - 1; k >= 0 && k >= next - LOOKBACK && antecedent == null; k--) {
                Attribution a = sorted.get(k);
                if (s.block() - a.block > 2) {
                    break;
                }
                if (a.contentEnd <= q.start() && a.mention != null && doc.block(a.block).kind() != Block.Kind.HEADLINE) {
                    antecedent = a;
                }
            }
            if (antecedent == null) {
                continue;
            }
            Attribution a = new Attribution(Attribution.Source.FOLLOW_ON, null, "", q.start(), q.end(), s.block(), 0.7);
            a.antecedent = antecedent;
            a.type = "direct";
            ctx.add(a);
        }
    }

    private static boolean attributedAfter(Context ctx, Quote q, Sentence s) {
        int i = ctx.tokenAtOrAfter(q.end());
        return i + 1 < s.endToken() && ctx.tokens.get(i).is(",") && ctx.tokens.get(i + 1).isWord();
    }

    private void add(Context ctx, Attribution.Source source, Mention m, String cue, int fromToken, int toToken,
            int block, double confidence) {
        Attribution a = new Attribution(source, m, cue, ctx.tokens.get(fromToken).start(),
                ctx.tokens.get(toToken - 1).end(), block, confidence);
        finishType(ctx.doc, a);
        ctx.add(a);
    }

    /** direct: wholly one quotation; mixed: contains quoted words; indirect: none. */
    static void finishType(AnnotatedDocument doc, Attribution a) {
        if (a.type != null) {
            return;
        }
        boolean any = false;
        for (int i = doc.firstQuoteEndingAfter(a.contentStart); i < doc.quotes.size(); i++) {
            Quote q = doc.quotes.get(i);
            if (q.start() >= a.contentEnd) {
                break;
            }
            if (q.start() <= a.contentStart && q.end() >= a.contentEnd) {
                a.type = "direct";
                return;
            }
            any = true;
        }
        a.type = any ? "mixed" : "indirect";
    }
}
