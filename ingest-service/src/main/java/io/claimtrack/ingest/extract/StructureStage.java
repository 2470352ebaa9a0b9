package io.claimtrack.ingest.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document structure: one block per line, classified as headline, paragraph, bullet or noise, plus the
 * title and the dateline. Works on offsets only, so later spans still index the submitted text.
 */
public final class StructureStage implements Stage {

    /**
     * Built once: the date-word checks ask for nearly every token, and looking the names up per call (a
     * formatter and a lower-casing per month) was most of the reported-speech and lead-in stages' time.
     */
    private static final String[] MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)).toArray(String[]::new);
    /**
     * Every start of a month's name of three letters or more ("sep", "sept", "septem"), and its month: no two
     * months share one. One lookup instead of a pass over the months for nearly every token.
     */
    private static final Map<String, Month> MONTH_PREFIXES = monthPrefixes();
    private static final String BULLETS = "•·▪◦●○■□‣⁃*";
    private static final String SUB_BULLETS = "–—-";
    /** "Best Picture – Drama": a title-case name, a dash, another; a run of them is an award or result list. */
    private static final Pattern LIST_ENTRY = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’]*(?: (?:\\p{Lu}[\\p{L}'’.]*|of|in|a|an|the|and|or|for|by|with|\\d+))* [–—-]{1,2} \\p{Lu}.{0,60}$");
    /** Headers of a box of other articles: everything after them is the related region. */
    private static final Pattern RELATED_HEADER = Pattern.compile(
            "^(?:related(?: stories| articles| news| coverage| content)?|read also|also read|see also|more (?:stories|news|from [\\p{L} ]+)"
                    + "|top stories|latest news|most read|most popular|you may also like|recommended(?: for you)?)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+");
    /** "[4] Counsel for the firm submitted ...": a judgment's paragraph number, no part of its first sentence. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\[\\d{1,3}\\]\\s+");
    /** "4.2 The Treasurer reported that ...": a minutes' or report's sub-item number, no part of its first sentence. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.?\\s+(?=[A-Z])");
    /** "a) the renewal of vessels;", "(b) the training of crews.": a lettered item, under a bullet a sub-bullet. */
    private static final Pattern LETTERED = Pattern.compile("^\\(?[a-z]\\)\\s+");
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^([A-Z][A-Z .'\\-]{1,40}(?:, [A-Z][A-Za-z.]{1,15})?), ([A-Z][a-z]{2,8}\\.? \\d{1,2})\\. /([A-Za-z\\- ]{2,20})/\\.\\s*");
    /**
     * "WASHINGTON, June 24 (UPI) —", "LONDON/PARIS, Nov 30 (Reuters) -" (two desks' places), and as AFP and Reuters
     * write it, "New York (AFP) –" and "Dec 29 (Reuters) -" with a place of up to three title-case words or none.
     */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(?=[A-Z])(?:([A-Z][A-Z .'/\\-]{1,40}(?:, [A-Z][A-Za-z.]{1,15})?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, |(?= \\()))?"
                    + "([A-Z][a-z]{2,8}\\.? \\d{1,2})? \\(([A-Za-z ]{2,20})\\) ?[—–-]{1,2}\\s*");

    private final PageFurniture furniture;

    public StructureStage(Lexicon lexicon) {
        this.furniture = new PageFurniture(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        String text = doc.text;
        HardWraps wraps = new HardWraps(text);
        int lineStart = 0;
        Block previous = null;
        boolean inList = false;
        // The number of the document's point after a numbered lead-in ("2. The sides agreed:"), 0 when none.
        int nextPoint = 0;
        // Lines read so far that are no page furniture: the first ones are the title and its deck.
        int lines = 0;
        while (lineStart <= text.length()) {
            int lineEnd = Chars.lineEnd(text, lineStart);
            // A hard-wrapped paragraph's line breaks are read as spaces: one block runs over its lines.
            for (int physical = lineStart; wraps.runsOn(physical, lineEnd); ) {
                physical = lineEnd + 1;
                lineEnd = Chars.lineEnd(text, physical);
            }
            int s = Chars.skipSpace(text, lineStart, lineEnd);
            int e = Chars.trimEnd(text, s, lineEnd);
            int teaser = s < e ? PageFurniture.teaserStart(text.substring(s, e)) : -1;
            if (teaser > 0) {
                // The label is the page's; the headline after it is read as a related headline, leaving lists as they were.
                doc.teasers.set(doc.blocks.size());
                doc.blocks.add(new Block(Block.Kind.HEADLINE, s + teaser, e, 0));
            } else if (s < e) {
                Block block = classify(text, s, e, previous, inList, lines < LayoutWindows.TITLE_LINES, nextPoint);
                // A list opens after a lead-in's colon and goes on through its items and the headings between them;
                // a gallery line or a caption between them is the page's and leaves the list as it was.
                if (block.kind() != Block.Kind.NOISE) {
                    lines++;
                    inList = text.charAt(e - 1) == ':' || block.kind() == Block.Kind.BULLET || inList && block.kind() == Block.Kind.HEADLINE;
                    nextPoint = nextPoint(text, s, e, block, previous, nextPoint);
                    previous = block;
                }
                doc.blocks.add(block);
            }
            lineStart = lineEnd + 1;
        }
        dropLists(doc);
        dropComments(doc);
        findRelated(doc);
        for (int i = 0; i < doc.blocks.size(); i++) {
            if (!doc.blocks.get(i).isNoise()) {
                doc.titleBlock = doc.blocks.get(i).kind() == Block.Kind.HEADLINE ? i : -1;
                break;
            }
        }
        dropOwnTeaser(doc);
        findDateline(doc);
    }

    /**
     * "Most Read" over "3. Carver Bay's pool will close, city says", a headline of the page's own top lines again: a
     * link to the story itself, no other article's teaser, so no statement of its own.
     */
    private static void dropOwnTeaser(AnnotatedDocument doc) {
        Set<String> top = new HashSet<>();
        for (int i = 0; i < doc.blocks.size() && top.size() < LayoutWindows.TITLE_LINES; i++) {
            Block b = doc.blocks.get(i);
            if (b.kind() == Block.Kind.PARAGRAPH || doc.isRelated(i)) {
                break;
            }
            if (b.kind() == Block.Kind.HEADLINE) {
                top.add(doc.blockText(i));
            }
        }
        for (int i = 0; i < doc.blocks.size() && !top.isEmpty(); i++) {
            Block b = doc.blocks.get(i);
            if (doc.isRelated(i) && !b.isNoise()) {
                Matcher numbered = NUMBERED.matcher(doc.blockText(i));
                if (top.contains(doc.blockText(i).substring(numbered.lookingAt() ? numbered.end() : 0))) {
                    doc.blocks.set(i, new Block(Block.Kind.NOISE, b.start(), b.end(), 0));
                }
            }
        }
    }

    /**
     * {@code previous}: the block before this one, or null at the start; {@code inList}: a lead-in's list is open
     * (its colon, items or the headings between them came last).
     */
    private Block classify(String text, int s, int e, Block previous, boolean inList, boolean title, int nextPoint) {
        boolean afterBullet = previous != null && previous.kind() == Block.Kind.BULLET;
        // A numbered list goes on after a list item, starts after a lead-in ending with a colon, and goes on
        // under a heading inside that list ("Energy" over "1) ...").
        boolean listGoesOn = afterBullet || previous != null && text.charAt(previous.end() - 1) == ':'
                || inList && previous.kind() == Block.Kind.HEADLINE;
        String line = text.substring(s, e).replace('\n', ' ').replace('\r', ' ');
        if (furniture.isNoise(line)
                && !(previous == null && Chars.skipSpace(text, 0, s) == s && QuoteLines.isQuoteOnlyLine(line))) {
            // A quotation alone on the document's first line is its headline ("‘I was the one who got out’").
            return new Block(Block.Kind.NOISE, s, e, 0);
        }
        char first = line.charAt(0);
        if (BULLETS.indexOf(first) >= 0 && line.length() > 1 && Chars.isSpace(line.charAt(1))) {
            return new Block(Block.Kind.BULLET, Chars.skipSpace(text, s + 1, e), e, 1);
        }
        if (SUB_BULLETS.indexOf(first) >= 0 && line.length() > 1 && Chars.isSpace(line.charAt(1))) {
            // A dash item directly under a bullet list is a sub-bullet; on its own it is a list item.
            return new Block(Block.Kind.BULLET, Chars.skipSpace(text, s + 1, e), e, afterBullet ? 2 : 1);
        }
        // Only a line opening with a digit can be numbered: other lines build no matcher.
        Matcher numbered = listGoesOn && first >= '0' && first <= '9' ? NUMBERED.matcher(line) : null;
        if (numbered != null && numbered.find() && !(nextPoint > 0 && line.startsWith(nextPoint + "."))) {
            return new Block(Block.Kind.BULLET, s + numbered.end(), e, 1);
        }
        Matcher lettered = listGoesOn && (first == '(' || first >= 'a' && first <= 'z') ? LETTERED.matcher(line) : null;
        if (lettered != null && lettered.find()) {
            return new Block(Block.Kind.BULLET, s + lettered.end(), e, afterBullet ? 2 : 1);
        }
        Matcher paragraphNumber = first == '[' ? PARAGRAPH_NUMBER.matcher(line) : null;
        if (paragraphNumber != null && paragraphNumber.find()) {
            return new Block(Block.Kind.PARAGRAPH, s + paragraphNumber.end(), e, 0);
        }
        boolean headlineLike = isHeadlineLike(line, title);
        Matcher sectionNumber = !headlineLike && first >= '0' && first <= '9' ? SECTION_NUMBER.matcher(line) : null;
        if (sectionNumber != null && sectionNumber.find()) {
            return new Block(Block.Kind.PARAGRAPH, s + sectionNumber.end(), e, 0);
        }
        return new Block(headlineLike ? Block.Kind.HEADLINE : Block.Kind.PARAGRAPH, s, e, 0);
    }

    /**
     * "2. The sides agreed to cooperate in the following fields:" over "a) tourism;": the line "3." after the items is
     * the document's next point, not an item; items numbered themselves ("1) tourism;") keep their numbers. Returns
     * the number of that next point after {@code block}, 0 when none is awaited.
     */
    private static int nextPoint(String text, int s, int e, Block block, Block previous, int nextPoint) {
        if (block.kind() != Block.Kind.BULLET && text.charAt(e - 1) == ':') {
            Matcher numbered = NUMBERED.matcher(text.substring(s, e));
            return numbered.find() ? Integer.parseInt(numbered.group().replaceAll("\\D", "")) + 1 : 0;
        }
        boolean firstItem = block.kind() == Block.Kind.BULLET && previous != null && previous.kind() != Block.Kind.BULLET;
        return firstItem && Character.isDigit(text.charAt(s)) ? 0 : nextPoint;
    }

    /** {@code title}: the line is among the document's first, where its title and deck stand. */
    private static boolean isHeadlineLike(String line, boolean title) {
        return (!PageFurniture.lastCharIn(line, ".!?\"”’»…:;,") || title && quotedWordsEnd(line)) && !closesQuotation(line)
                && PageFurniture.wordCount(line, LayoutWindows.HEADLINE_WORDS + 1) <= LayoutWindows.HEADLINE_WORDS;
    }

    /**
     * "Mayor calls the levy ‘a turning point’": a quotation closed right after a word, with no sentence's end inside
     * it, ends a title or its deck; prose closes its sentence first ("called it ‘a turning point.’"), while a digest's
     * ledes, which drop their periods, are no titles.
     */
    private static boolean quotedWordsEnd(String line) {
        int n = line.length();
        return n >= 2 && "\"”’".indexOf(line.charAt(n - 1)) >= 0 && Character.isLetterOrDigit(line.charAt(n - 2));
    }

    /**
     * "... in every inner city,'' he said. ''It won't.''": two apostrophes after a sentence's end close a quotation
     * as a double quote does, in text typed without curly quotes; one ("Trump: 'We will win.'") ends many a headline.
     */
    private static boolean closesQuotation(String line) {
        int n = line.length();
        return n >= 3 && line.endsWith("''") && ".!?,".indexOf(line.charAt(n - 3)) >= 0;
    }

    /** Two or more list entries in a row ("Best Actor – Drama", "Best Actress – Drama") are no statements. */
    private static void dropLists(AnnotatedDocument doc) {
        int runStart = 0;
        for (int i = 0; i <= doc.blocks.size(); i++) {
            if (i < doc.blocks.size() && isListEntry(doc, i)) {
                continue;
            }
            if (i - runStart >= 2) {
                for (int k = runStart; k < i; k++) {
                    Block b = doc.blocks.get(k);
                    doc.blocks.set(k, new Block(Block.Kind.NOISE, b.start(), b.end(), 0));
                }
            }
            runStart = i + 1;
        }
    }

    /** Readers' comments ({@link ReaderComments}) are the page's, not the story's: what a reader quotes in one is no statement. */
    private static void dropComments(AnnotatedDocument doc) {
        BitSet comments = ReaderComments.blocks(doc);
        for (int k = comments.nextSetBit(0); k >= 0; k = comments.nextSetBit(k + 1)) {
            Block b = doc.blocks.get(k);
            doc.blocks.set(k, new Block(Block.Kind.NOISE, b.start(), b.end(), 0));
        }
    }

    private static boolean isListEntry(AnnotatedDocument doc, int i) {
        Block b = doc.blocks.get(i);
        return b.kind() == Block.Kind.HEADLINE && b.end() - b.start() <= LayoutWindows.LIST_ENTRY_CHARS && LIST_ENTRY.matcher(doc.blockText(i)).matches();
    }

    /**
     * The related region starts at a header of a box of other articles ("Related stories", "Read also") or
     * at a tag line after the article's text, and runs to the end of the page: what follows are other
     * articles' headlines and ledes.
     */
    private static void findRelated(AnnotatedDocument doc) {
        boolean prose = false;
        for (int i = 0; i < doc.blocks.size(); i++) {
            Block b = doc.blocks.get(i);
            String line = b.end() - b.start() < LayoutWindows.RELATED_LINE_CHARS ? doc.blockText(i) : "";
            boolean tagLine = b.isNoise() && PageFurniture.isTagLine(line);
            if (prose && (tagLine || b.end() - b.start() < LayoutWindows.RELATED_HEADER_CHARS && RELATED_HEADER.matcher(line).matches())) {
                doc.relatedFrom = i;
                return;
            }
            prose |= b.kind() == Block.Kind.PARAGRAPH;
        }
    }

    private static void findDateline(AnnotatedDocument doc) {
        int paragraphs = 0;
        for (Block b : doc.blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            if (++paragraphs > LayoutWindows.DATELINE_PARAGRAPHS) {
                return;
            }
            String head = doc.text.substring(b.start(), Math.min(b.end(), b.start() + LayoutWindows.DATELINE_CHARS));
            for (Pattern p : new Pattern[] {WIRE_DATELINE, AGENCY_DATELINE}) {
                Matcher m = p.matcher(head);
                if (m.find()) {
                    LocalDate date = m.group(2) == null ? null : monthDay(m.group(2), doc.published);
                    doc.dateline = new Dateline(m.group(1) == null ? "" : m.group(1).strip(), date, m.group(3).strip(), b.start(),
                            b.start() + m.end());
                    return;
                }
            }
        }
    }

    /** "June 4" or "Sept. 26" in the publication year (or the current one when none is given). */
    static LocalDate monthDay(String s, LocalDate published) {
        String[] parts = s.replace(".", "").split(" ");
        Month month = parseMonth(parts[0]);
        if (month == null) {
            return null;
        }
        int year = published != null ? published.getYear() : LocalDate.now().getYear();
        try {
            return LocalDate.of(year, month, Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Month> monthPrefixes() {
        Map<String, Month> prefixes = new HashMap<>();
        for (Month m : Month.values()) {
            for (int n = 3; n <= MONTH_NAMES[m.ordinal()].length(); n++) {
                if (prefixes.put(MONTH_NAMES[m.ordinal()].substring(0, n), m) != null) {
                    throw new IllegalStateException("two months start with " + MONTH_NAMES[m.ordinal()].substring(0, n));
                }
            }
        }
        return prefixes;
    }

    static Month parseMonth(String word) {
        return MONTH_PREFIXES.get(word.toLowerCase(Locale.ROOT));
    }
}
