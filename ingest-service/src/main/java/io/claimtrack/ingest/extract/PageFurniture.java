package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of a scraped page that are no part of any statement: template markers, tag lines, link labels
 * ("READ MORE: ..."), photo captions and credits, quote-only subheads. Each rule looks at one line; the
 * tests pin what each one keeps as well as what it drops, because a greedy rule eats real headlines. Quote-only lines
 * are {@link QuoteLines}.
 */
final class PageFurniture {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}|\\$\\{[^}]*}");
    /**
     * "Updated: Jan. 5", "Posted 5.12.2015 10:32": a colon or a digit follows the label, so "Time created a poll"
     * and "Time Magazine chose ..." are prose; a report's "Issued: 3 March 2040" only with its colon ("Issued 40
     * fines" is prose).
     */
    private static final Pattern META_LINE = Pattern.compile(
            "^\\s*(?:(?:date|time|updated|published|posted)\\b\\s*[:\\d]|issued\\s?:)", Pattern.CASE_INSENSITIVE);
    /** A caption's closing credit: "... in Ottawa on May 3. REUTERS/Jane Doe", "(AP Photo/John Roe)". */
    private static final Pattern CREDIT = Pattern.compile(
            "\\b\\p{Lu}{2,}(?: Photo)?/\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}\\)?\\s*$|\\bGetty Images\\)?\\s*$");
    /**
     * A photo credit on a line of its own, photographer then agency: "Carlos Ruiz / Reuters.", "Jane Doe/AP". Its
     * name is no one the story turned to.
     */
    private static final Pattern NAME_AGENCY_CREDIT = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3} ?/ ?\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,2}\\.?$");
    /** A line that is a picture credit or caption label: "Photo: ...", "(Photo by ...)". */
    private static final Pattern PICTURE_LABEL = Pattern.compile("^\\(?(?:photo|image|picture|illustration)s?(?: by|:)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A caption set in square brackets with its picture or video label anywhere in it: "[Photo: Minister Ada Berg at the
     * terminal]", "[Minister Ada Berg and Mayor Lena Brandt. Photo: City press office]", "[Video: the full speech]".
     */
    private static final Pattern BRACKETED_CAPTION = Pattern.compile(
            "^\\s*\\[[^\\]]*\\b(?:photo|video|image|picture|illustration)s?(?: by|:)[^\\]]*\\]\\s*$", Pattern.CASE_INSENSITIVE);
    /** A gallery's link with its count: "Photo gallery (6)", "Photos (12)", "Video gallery". */
    private static final Pattern GALLERY = Pattern.compile(
            "^(?:photo|video|image)s?(?: gallery)?(?: \\(\\d{1,4}\\))?\\s*$|^(?:photo|video|image) gallery\\b.{0,40}$",
            Pattern.CASE_INSENSITIVE);
    /** A wire update's note on what changed: "(Adds analyst comment, details on currency in paragraphs 6-8)". */
    private static final Pattern UPDATE_NOTE = Pattern.compile(
            "^\\((?:adds|updates|recasts|rewrites|corrects|changes|fixes|repeats|refiles|writes through)\\b[^()]*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A release's heading that names its kind after its issuer: "Harbour Police - News Release". It says nothing. */
    private static final Pattern RELEASE_HEADING = Pattern.compile(
            "^[^-–—]{2,80}\\s[-–—]\\s(?:news|press|media) (?:release|statement|advisory)\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * A release's or a note's footer label: "Media contact: ...", "Media: press@...", "Enclosure: copy of ...". It names
     * no speaker.
     */
    private static final Pattern FOOTER_LABEL = Pattern.compile(
            "^(?:(?:media|press) )?(?:contacts?|enquiries|inquiries|enclosures?|encl\\.|annex(?:es)?|attachments?)\\s?:"
            + "|^(?:media|press)\\s?:", Pattern.CASE_INSENSITIVE);
    /** The link labels of another article's teaser: "Related: Holm says ...", "READ MORE: ...". */
    private static final Set<String> TEASER_LABELS = WordSet.of("read more", "read also", "also read", "see also", "more",
            "related");
    /** Labels that introduce a link, a video or a gallery rather than a speaker: "WATCH: ...". */
    private static final Set<String> LINK_LABELS = WordSet.union(List.of(TEASER_LABELS), "watch", "listen", "video", "videos",
            "photos", "gallery", "opinion", "podcast");
    /** Words after a one-word marker that make it furniture: "Subscribe to", "Related stories". */
    private static final Set<String> FURNITURE_WORDS = WordSet.of("to", "now", "for", "us", "here", "stories", "articles",
            "news", "coverage", "content", "topics", "posts", "links", "policy", "settings");
    /** The buttons of a share bar: "Share  Tweet  Email  Copy link", "Share on Facebook  Share on X  Print". */
    private static final Set<String> SHARE_BUTTONS = WordSet.of("share", "on", "tweet", "email", "e-mail", "print",
            "copy", "link", "save", "facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
            "messenger", "comment", "comments", "sms");
    /** Words of a tag line that are neither capitalised nor glued, yet still part of a name or topic. */
    private static final Set<String> NAME_FILLERS = WordSet.of("of", "and", "the", "for", "in", "on", "de", "von");

    private final Lexicon lexicon;
    /** The first letters of the page-furniture markers: a line opening with none of them is not lower-cased for them. */
    private final String markerOpenings;

    PageFurniture(Lexicon lexicon) {
        this.lexicon = lexicon;
        StringBuilder openings = new StringBuilder();
        for (String marker : lexicon.noise) {
            openings.append(marker.charAt(0));
        }
        this.markerOpenings = openings.toString();
    }

    boolean isNoise(String line) {
        // Each pattern only on a line holding the character it needs, so plain lines build no matcher.
        char opening = firstNonSpace(line);
        if ((line.contains("{{") || line.contains("{%") || line.contains("${")) && TEMPLATE.matcher(line).find()
                || "dtupiDTUPI".indexOf(opening) >= 0 && META_LINE.matcher(line).lookingAt()
                || isCredit(line)
                || line.indexOf('/') >= 0 && NAME_AGENCY_CREDIT.matcher(line).matches()
                || "(piPI".indexOf(opening) >= 0 && PICTURE_LABEL.matcher(line).lookingAt()
                || opening == '[' && BRACKETED_CAPTION.matcher(line).matches()
                || "pivPIV".indexOf(opening) >= 0 && GALLERY.matcher(line.strip()).matches()
                || opening == '(' && UPDATE_NOTE.matcher(line).matches()
                || "cemaipCEMAIP".indexOf(opening) >= 0 && FOOTER_LABEL.matcher(line).lookingAt()
                || line.length() <= LayoutWindows.RELEASE_HEADING_CHARS && hasDash(line) && RELEASE_HEADING.matcher(line).matches()) {
            return true;
        }
        int words = wordCount(line, LayoutWindows.PULL_QUOTE_WORDS + 1);
        // Lower-cased only when a marker or a link label may open it: a long line is most of the text.
        int colon = line.indexOf(':');
        boolean labelled = colon > 0 && colon <= LayoutWindows.LINK_LABEL_CHARS;
        boolean markerOpens = (words <= LayoutWindows.MARKER_LINE_WORDS || labelled) && !line.isEmpty()
                && markerOpenings.indexOf(Character.toLowerCase(line.charAt(0))) >= 0;
        if (markerOpens || labelled) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (int m = 0; m < lexicon.noise.size() && markerOpens; m++) {
                String marker = lexicon.noise.get(m);
                // A marker as a line's label is furniture whatever follows: "SIGN UP: Get our newsletter every weekday."
                if (lower.startsWith(marker) && isMarkerUse(lower, marker) && (words <= LayoutWindows.MARKER_LINE_WORDS || colon == marker.length())) {
                    return true;
                }
            }
            if (isLinkLabel(lower)) {
                return true;
            }
        }
        return isTagLine(line) || QuoteLines.isQuoteOnlySubhead(line, words) || QuoteLines.isTitleCaseQuoteLine(line, words)
                || isShareBar(line, words);
    }

    /** Whether a hyphen or a dash stands in the line, as a release heading's needs. */
    private static boolean hasDash(String line) {
        return line.indexOf('-') >= 0 || line.indexOf('–') >= 0 || line.indexOf('—') >= 0;
    }

    /**
     * A share bar: a short line of nothing but its buttons and a count ("32 Comments"), opened by "Share" or of three
     * buttons at least ("Facebook  Twitter  WhatsApp  SMS  Email  Print  Save", "[Facebook] [X] [Email]"), whose "Email"
     * is no verb of saying. "Share prices fell" and "Share your story: email ..." are prose.
     */
    private static boolean isShareBar(String line, int words) {
        String stripped = line.strip();
        if (words > LayoutWindows.SHARE_BAR_WORDS || !stripped.regionMatches(true, 0, "share", 0, 5) && words < LayoutWindows.SHARE_BUTTONS_ALONE) {
            return false;
        }
        // Word by word, as a split on white space gives them, and no further than the first that is no button: most lines are prose.
        for (int i = 0, end; i < stripped.length(); i = end + 1) {
            end = i;
            while (end < stripped.length() && !isRegexSpace(stripped.charAt(end))) {
                end++;
            }
            String w = stripped.substring(i, end);
            // A button drawn in square brackets: "[Facebook] [X] [Email]".
            if (w.length() > 2 && w.charAt(0) == '[' && w.charAt(w.length() - 1) == ']') {
                w = w.substring(1, w.length() - 1);
            }
            if (!SHARE_BUTTONS.contains(w.toLowerCase(Locale.ROOT)) && !w.chars().allMatch(Character::isDigit)) {
                return false;
            }
            while (end + 1 < stripped.length() && isRegexSpace(stripped.charAt(end + 1))) {
                end++;
            }
        }
        return true;
    }

    /**
     * A closing credit. It ends the line, so it holds the line's last slash or its last "Getty Images", and the
     * search starts there (with the capitalised letters before the slash) instead of at every word of the line.
     */
    private static boolean isCredit(String line) {
        int slash = line.lastIndexOf('/');
        int getty = line.lastIndexOf("Getty Images");
        if (slash < 0 && getty < 0) {
            return false;
        }
        if (getty < 0 && (slash + 1 == line.length() || Character.getType(line.codePointAt(slash + 1)) != Character.UPPERCASE_LETTER)) {
            // The agency after the slash starts with a capital ("AFP/Getty", "AP Photo/Evan Vucci").
            return false;
        }
        int from = slash;
        if (slash >= 0) {
            from = line.startsWith(" Photo", slash - 6) ? slash - 6 : slash;
            while (from > 0 && Character.isLetter(line.charAt(from - 1))) {
                from--;
            }
        }
        if (getty >= 0 && (slash < 0 || getty < from)) {
            from = getty;
        }
        // Transparent bounds: the \b before the agency looks at the character before the search starts.
        return CREDIT.matcher(line).region(from, line.length()).useTransparentBounds(true).useAnchoringBounds(false).find();
    }

    /**
     * "Related: Holm says she will run again", "READ MORE: Port reopens, minister says": where another article's
     * headline starts after its link label, or -1. The label is furniture; the headline is the other article's, as
     * in a box of related stories.
     */
    static int teaserStart(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > LayoutWindows.LINK_LABEL_CHARS
                || !TEASER_LABELS.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int start = colon + 1;
        while (start < line.length() && Chars.isSpace(line.charAt(start))) {
            start++;
        }
        return start < line.length() && wordCount(line.substring(start), LayoutWindows.HEADLINE_WORDS + 1) <= LayoutWindows.HEADLINE_WORDS
                ? start : -1;
    }

    /** "READ MORE: Minister resigns", "WATCH: ..." whatever follows the colon. */
    private static boolean isLinkLabel(String lower) {
        int colon = lower.indexOf(':');
        return colon > 0 && colon <= LayoutWindows.LINK_LABEL_CHARS && LINK_LABELS.contains(lower.substring(0, colon).strip());
    }

    /**
     * A tag line glues names or topics together without spaces ("Foreign policyVladimir PutinDonald Trump").
     * One glue inside a capitalised brand ("YouTube says ...", "WhatsApp to limit ...") is no tag line: it
     * takes two glues or a glue after a lower-case word, and no ordinary lower-case word outside them.
     */
    static boolean isTagLine(String line) {
        if (line.isEmpty() || wordCount(line, LayoutWindows.TAG_LINE_WORDS + 1) > LayoutWindows.TAG_LINE_WORDS || lastCharIn(line, ".!?\"”’»")) {
            return false;
        }
        int glues = 0;
        boolean lowerGlue = false;
        // The words between runs of white space (the regex \s), read one by one: most lines stop at the first
        // lower-case word.
        for (int start = 0, end; start < line.length(); start = end + 1) {
            end = start;
            while (end < line.length() && !isRegexSpace(line.charAt(end))) {
                end++;
            }
            if (end == start) {
                continue;
            }
            String w = line.substring(start, end);
            boolean glued = glued(w);
            if (glued) {
                glues++;
                lowerGlue |= Character.isLowerCase(w.charAt(0)) && w.length() > 3 && Character.isLowerCase(w.charAt(1));
            } else if (Character.isLowerCase(w.charAt(0)) && !NAME_FILLERS.contains(w)) {
                return false;
            }
        }
        return glues >= 2 || lowerGlue;
    }

    /**
     * A phrase marker ("read more", "sign up") opens furniture whatever follows; a one-word marker only
     * stands alone, before a colon or bar, or before a furniture word: "Related stories" and "Tags:" are
     * furniture, "Related charges were dropped" and "Comments by the minister ..." are news.
     */
    private static boolean isMarkerUse(String lower, String marker) {
        if (lower.length() == marker.length()) {
            return true;
        }
        char next = lower.charAt(marker.length());
        if (Character.isLetterOrDigit(next)) {
            return false;
        }
        if (marker.indexOf(' ') > 0 || !Chars.isSpace(next)) {
            return true;
        }
        String rest = lower.substring(marker.length()).strip();
        int space = rest.indexOf(' ');
        return FURNITURE_WORDS.contains(space < 0 ? rest : rest.substring(0, space));
    }

    /** What the regex {@code \s} matches: ASCII white space. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A lower-case letter glued to a capitalised word: "policyVladimir", but also "YouTube". */
    private static boolean glued(String w) {
        for (int i = 0; i + 2 < w.length(); i++) {
            if (Character.getType(w.charAt(i)) == Character.LOWERCASE_LETTER
                    && Character.getType(w.charAt(i + 1)) == Character.UPPERCASE_LETTER
                    && Character.getType(w.charAt(i + 2)) == Character.LOWERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    private static char firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return ' ';
    }

    static boolean lastCharIn(String line, String chars) {
        return !line.isEmpty() && chars.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Whitespace-separated words, counting no further than {@code limit} so a 1 MB line costs no split. */
    static int wordCount(String line, int limit) {
        return wordCount(line, 0, line.length(), limit);
    }

    /** The words of {@code text} between offsets {@code from} and {@code to}, counted up to {@code limit}, without a copy. */
    static int wordCount(String text, int from, int to, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to && words < limit; i++) {
            boolean space = Chars.isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
