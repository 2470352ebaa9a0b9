package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer of a piece (an op-ed, a column) as a speaker: a first person in the narration, outside every
 * quotation and every statement's content, is the writer, never a person the text named before; "I" is the
 * person the byline names ("By Jane Fulton"), "we" the body or person a statement's or briefing's title says it is
 * by ("Statement of the Ministry of Foreign Affairs of ... on ...") and otherwise stays "we" (an editorial board, a
 * newsroom); part of {@link ResolutionStage}, asked by {@link PronounResolver}.
 */
final class WriterVoice {

    /** "By Jane Fulton", "By JANE FULTON, Staff Writer", "By Ann-Marie O'Neill | The Ledger": two to four capitalised words. */
    private static final Pattern BYLINE = Pattern.compile(
            "[Bb][Yy]\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s*(?:[,|].*)?");

    /** A title that says whose text follows: "Statement of the Ministry ...", "Briefing by Foreign Ministry Spokeswoman ...". */
    private static final Pattern AUTHORED = Pattern.compile("(?i)\\b(?:statement|briefing|comment|remarks|declaration|address)"
            + "\\s+(?:by|of|from)\\s+(?:the\\s+)?");
    /** The fewest words of a title and a name, the name the last two: "Spokesperson Ana Roe" is left to the name index. */
    private static final int TITLED_NAME_WORDS = 4;
    /** Lower-case words inside a body's name: "Ministry of Foreign Affairs of the Republic of Dalmoria". */
    private static final Set<String> NAME_CONNECTORS = WordSet.of("of", "the", "and", "for");

    private final AnnotatedDocument doc;
    /** The name the byline gives, or null. */
    private final String writer;
    /** The statements by where their content starts; up to each, the one whose content ends furthest, and the next. */
    private List<Attribution> byStart;
    private Attribution[] furthest;
    private Attribution[] runnerUp;
    /** The person or body the title says the text is by, or null; found on the first "we" that asks. */
    private Name author;
    private boolean authorRead;

    WriterVoice(AnnotatedDocument doc) {
        this.doc = doc;
        this.writer = byline(doc);
    }

    /**
     * "we" in the narration of a statement or briefing: the body or person its title says it is by, a person when the
     * title's words end with a name given a title ("Briefing by Foreign Ministry Spokeswoman Irina Zabelova,
     * Velgorod"), else the body those words name; null if the title says no author.
     */
    Name author(Lexicon lexicon) {
        if (!authorRead) {
            authorRead = true;
            author = titleAuthor(lexicon);
        }
        return author;
    }

    private Name titleAuthor(Lexicon lexicon) {
        return doc.titleBlock < 0 ? null : lineAuthor(doc, doc.block(doc.titleBlock), lexicon);
    }

    /**
     * The one a title or a heading says the text under it is by: "Statement of the Ministry ...", "Remarks by Minister
     * Ada Holm after the signing ..."; null if the line says no author.
     */
    static Name lineAuthor(AnnotatedDocument doc, Block title, Lexicon lexicon) {
        Matcher m = AUTHORED.matcher(doc.text).region(title.start(), title.end());
        if (!m.find()) {
            return null;
        }
        // The author's words: capitalised ones and the connectors between them, to a comma or another lower-case word.
        int end = m.end();
        for (int i = m.end(); i < title.end();) {
            int space = doc.text.indexOf(' ', i);
            int wordEnd = space < 0 || space > title.end() ? title.end() : space;
            String word = doc.text(i, wordEnd);
            boolean comma = word.endsWith(",");
            String bare = comma ? word.substring(0, word.length() - 1) : word;
            if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) && !NAME_CONNECTORS.contains(bare)) {
                break;
            }
            if (Character.isUpperCase(bare.charAt(0))) {
                end = i + bare.length();
            }
            if (comma) {
                break;
            }
            i = wordEnd + 1;
        }
        if (end == m.end()) {
            return null;
        }
        int last = Name.lastBefore(doc.names, end);
        Name person = last < 0 ? null : doc.names.get(last);
        if (person != null && person.offset() >= m.end() && person.kind() == SpeakerKind.PERSON
                && doc.text.startsWith(person.text(), end - person.text().length()) && person.words().size() > 1
                && (!person.role().isEmpty() || lexicon.isFirstName(person.words().get(0)))) {
            return person;
        }
        return titledPerson(lexicon, doc.text(m.end(), end), m.end());
    }

    /**
     * "Spokesperson of the Ministry of Foreign Affairs Yevgenia Castellane-Obuya", a first name on no list: a title of
     * three words or more, opening with a role, before the last two words, a person's name; the words as a body's name
     * otherwise ("Information and Press Department of the Ministry of ...").
     */
    private static Name titledPerson(Lexicon lexicon, String words, int offset) {
        List<String> all = List.of(words.split(" "));
        if (all.size() >= TITLED_NAME_WORDS && lexicon.roles.contains(all.get(0).toLowerCase(Locale.ROOT))) {
            String name = all.get(all.size() - 2) + " " + all.get(all.size() - 1);
            if (!lexicon.isRoleWord(all.get(all.size() - 1).toLowerCase(Locale.ROOT))) {
                int role = words.length() - name.length();
                return new Name(name, SpeakerKind.PERSON, words.substring(0, role).trim(), offset + role);
            }
        }
        return new Name(words, SpeakerKind.ORGANIZATION, "", offset);
    }

    /** Whether {@code a}'s first-person mention is the writer's own voice. */
    boolean speaks(Attribution a, String pronoun) {
        if (!FunctionWords.FIRST_PERSON_SUBJECTS.contains(pronoun) || a.nested || doc.quoteAt(a.mention.start()) != null) {
            return false;
        }
        return !insideOthersContent(a, a.mention.start());
    }

    /**
     * Whether {@code offset} lies inside the content of a statement other than {@code a}: one binary search over the
     * statements by where their content starts, with the two furthest content ends up to each (a look over every
     * statement for each first person grew with the square of a text of "We expect ..." sentences).
     */
    private boolean insideOthersContent(Attribution a, int offset) {
        if (byStart == null) {
            byStart = new ArrayList<>(doc.attributions);
            byStart.sort(Comparator.comparingInt(o -> o.contentStart));
            furthest = new Attribution[byStart.size()];
            runnerUp = new Attribution[byStart.size()];
            Attribution best = null;
            Attribution second = null;
            for (int k = 0; k < byStart.size(); k++) {
                Attribution o = byStart.get(k);
                if (best == null || o.contentEnd > best.contentEnd) {
                    second = best;
                    best = o;
                } else if (second == null || o.contentEnd > second.contentEnd) {
                    second = o;
                }
                furthest[k] = best;
                runnerUp[k] = second;
            }
        }
        int k = Sorted.firstAtLeast(byStart, o -> o.contentStart, offset + 1) - 1;
        Attribution other = k < 0 ? null : furthest[k] != a ? furthest[k] : runnerUp[k];
        return other != null && offset < other.contentEnd;
    }

    /** The writer's name for "I" when a byline gives one; the pronoun as written otherwise. */
    String name(Attribution a, String pronoun) {
        return writer != null && pronoun.equals("i") ? writer : a.mention.text();
    }

    /**
     * The name a byline line near the top gives, in title case when the byline is in capitals, else the author a
     * judgment's delivery line or a report's author line names; null if none.
     */
    static String byline(AnnotatedDocument doc) {
        int b = bylineBlock(doc);
        if (b < 0) {
            return AuthorVoiceStage.author(doc);
        }
        Matcher m = BYLINE.matcher(doc.blockText(b).strip());
        String name = m.matches() ? m.group(1) : null;
        return name == null ? null : Name.fromCapitals(name);
    }

    /** The block of the byline line near the top, or -1 if none. */
    static int bylineBlock(AnnotatedDocument doc) {
        for (int b = 0; b < doc.blocks.size() && b < ResolutionWindows.BYLINE_BLOCKS; b++) {
            String line = doc.blockText(b).strip();
            if (line.length() <= ResolutionWindows.BYLINE_CHARS && BYLINE.matcher(line).matches()) {
                return b;
            }
        }
        return -1;
    }
}
