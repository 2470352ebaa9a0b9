package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A shop owner who lives upstairs said ... Her name is Mira Lenk, and she is 52.": a feature describes someone, lets
 * her speak, and gives her name in a sentence of its own, or sets it off after "the woman" when she speaks again ("said
 * the woman, Mira Lenk, 52"). The description (of that head, for "the woman") and the pronouns of her gender that spoke
 * in the blocks up to the naming, still no one's or only a description's, are that person; so is a "she" after it, in
 * its block or the next, until the text names another person. For {@link ResolutionStage}, after the pronouns are
 * resolved. Not {@link NamedLater}'s job, which matches a role's description ("the referee", "a prosecutor") to the
 * person a title or an apposition gives the same role words, asked per description: here the person holds no role,
 * a gender and the blocks around the naming tell who she is, and her pronouns are renamed with her description.
 */
final class NameGivenAfter {

    /**
     * "Her name is Mira Lenk" (the possessive) or "the woman, Mira Lenk," (a gendered noun of no office, set off), then a
     * capitalised name of up to three words.
     */
    static final List<String> NOUNS = List.of("woman", "man", "girl", "boy");
    private static final Pattern GIVEN = Pattern.compile("\\b(?:(Her|His) name is|the (" + String.join("|", NOUNS) + "),) "
            + "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})\\b");
    /** The blocks before the naming one in which a description may speak unnamed: the person's own paragraphs. */
    private static final int BLOCKS_BEFORE = 2;

    private NameGivenAfter() {
    }

    /** Names the speakers each "Her name is X" sentence of the document stands for. */
    static void apply(AnnotatedDocument doc, NameIndex names) {
        if (!mayName(doc.text)) {
            return;
        }
        List<Name> people = null;
        List<List<Attribution>> byBlock = null;
        Matcher given = GIVEN.matcher(doc.text);
        while (given.find()) {
            if (people == null) {
                people = Name.peopleInOrder(doc);
                byBlock = byBlock(doc);
            }
            int block = blockAt(doc, given.start());
            if (block < 0) {
                continue;
            }
            String head = given.group(2);
            Gender gender = Gender.ofWord(head != null ? head : FunctionWords.POSSESSIVE_PRONOUNS.get(given.group(1).toLowerCase(Locale.ROOT)));
            String person = names.expand(given.group(3), SpeakerKind.PERSON, given.start(3));
            // Only the statements of the blocks around the naming can be the person's (see stoodFor).
            List<Attribution> near = new ArrayList<>(byBlock.get(doc.blocks.size()));
            for (int b = Math.max(0, block - BLOCKS_BEFORE); b <= block + 1 && b < doc.blocks.size(); b++) {
                near.addAll(byBlock.get(b));
            }
            int nextPerson = nextOtherPerson(people, given.end(), names, person, lastMention(near));
            for (Attribution a : near) {
                if (stoodFor(a, gender, head, block, given.start(), nextPerson)) {
                    a.speaker = person;
                    a.kind = SpeakerKind.PERSON;
                }
            }
        }
    }

    /**
     * The document's statements by block, read once (each naming read every statement of the document), and last
     * those of no block, which every naming reads.
     */
    private static List<List<Attribution>> byBlock(AnnotatedDocument doc) {
        List<List<Attribution>> byBlock = new ArrayList<>();
        for (int b = 0; b <= doc.blocks.size(); b++) {
            byBlock.add(new ArrayList<>());
        }
        for (Attribution a : doc.attributions) {
            byBlock.get(a.block >= 0 && a.block < doc.blocks.size() ? a.block : doc.blocks.size()).add(a);
        }
        return byBlock;
    }

    /** Where the last mention of the statements starts; -1 if none has one. */
    private static int lastMention(List<Attribution> statements) {
        int last = -1;
        for (Attribution a : statements) {
            last = a.mention == null ? last : Math.max(last, a.mention.start());
        }
        return last;
    }

    /**
     * Whether {@link #GIVEN}'s words stand anywhere in the text: a search for them is far cheaper than the regex's
     * word-boundary test at every offset of a long text (5 % of a 1 MB text of short statements).
     */
    private static boolean mayName(String text) {
        if (text.contains(" name is ")) {
            return true;
        }
        for (String noun : NOUNS) {
            if (text.contains("the " + noun + ",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement's speaker is the one named: an unnamed description or a pronoun of the gender before the
     * naming (its speaker a description of {@code head} if the naming gave one), or a pronoun of the gender after it and
     * before another person's name.
     */
    private static boolean stoodFor(Attribution a, Gender gender, String head, int block, int at, int nextPerson) {
        Mention m = a.mention;
        if (m == null || m.hasName() || a.block < block - BLOCKS_BEFORE || a.block > block + 1) {
            return false;
        }
        boolean pronoun = m.isPronoun() && gender == Gender.ofWord(m.text().toLowerCase(Locale.ROOT));
        if (m.start() > at) {
            return pronoun && m.start() < nextPerson;
        }
        // A pronoun may have been resolved to the description it follows ("a man in a felt cap"), still no one's.
        boolean unnamed = m.text().equals(a.speaker) || FunctionWords.isIndefinite(a.speaker);
        boolean described = m.kind() == SpeakerKind.PERSON && (FunctionWords.isIndefinite(m.text())
                || head == null && a.block == block && possessedRole(m.text(), gender));
        return unnamed && (pronoun || described) && (head == null || head.equals(DescriptionHeads.headWord(a.speaker)));
    }

    /**
     * "the union's president, a captain ..., said A. Her name is X": a role of a body whose holder the story had not
     * named, in the naming's own paragraph, is that person unless its words show the other gender; opening a sentence
     * ("The rescue's commander said A. His name is X") too.
     */
    private static boolean possessedRole(String text, Gender gender) {
        Gender shown = Gender.ofTitle(text);
        return text.regionMatches(true, 0, "the ", 0, 4) && (text.contains("'s ") || text.contains("’s ")) && (shown == null || shown == gender);
    }

    /**
     * Where the first person other than {@code person} is named after {@code from}; the text's end if none before
     * {@code until}, the last offset a statement it could close starts at (a run of the one name read no further).
     */
    private static int nextOtherPerson(List<Name> people, int from, NameIndex names, String person, int until) {
        for (int i = Sorted.firstAtLeast(people, Name::offset, from); i < people.size() && people.get(i).offset() <= until; i++) {
            Name n = people.get(i);
            if (!names.expand(n.text(), SpeakerKind.PERSON, n.offset()).equals(person)) {
                return n.offset();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The block holding the offset, by a search of the blocks in text order; -1 if between blocks. */
    private static int blockAt(AnnotatedDocument doc, int offset) {
        int b = Sorted.firstAtLeast(doc.blocks, Block::end, offset + 1);
        return b < doc.blocks.size() && doc.block(b).start() <= offset ? b : -1;
    }
}
