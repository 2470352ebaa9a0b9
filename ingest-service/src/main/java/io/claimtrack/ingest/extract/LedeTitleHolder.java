package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indefinite or owned description at the top of a story that the story names only further down by its title: "a
 * prosecutor said" in the lede of a court story, "her lawyer told the court" in the paragraph after it, and "Crown
 * prosecutor Nell Varga" or "Defence lawyer Otto Brisk" below. A lede describes and the body names: such a description
 * is the one person the story gives its title, when that person is first named after it. Part of
 * {@link ResolutionStage}, beside {@link ApposedDescriptions} and {@link NamedLater}, which read descriptions set in apposition and people introduced.
 */
final class LedeTitleHolder {

    /**
     * "her lawyer" in a court story is the defence's: role-titles.txt lists the defence's titles by their owner ("his
     * lawyer"), so its holder is the one given a defence title ("defense attorney"), not a prosecutor who is also an
     * attorney ("Assistant District Attorney").
     */
    private static final String DEFENSE = "defense";
    private static final Set<String> OWNERS = Set.of("his", "her", "their");
    /** "the country's ": a place's own office, owned as "her" owns one ("the country's finance minister"). */
    private static final Pattern PLACE_OWNER = Pattern.compile("(?i)the (?:country|nation|state)['’]s ");
    /**
     * A title whose complement describes a business without naming it: "the chief executive of Norland's third-largest
     * lender", "the chairman of the state-owned carrier"; the title and the business's last word.
     */
    private static final Pattern OF_BUSINESS = Pattern.compile(
            "[Tt]he ((?:[a-z-]+ ){0,2}[a-z-]+) of (?:the )?(?:\\p{Lu}[\\p{L}-]*['’]s )?(?:[a-z-]+ ){0,2}([a-z]+)");
    /** Words after the determiner: "a prosecutor", "her defence lawyer". */
    private static final int DESCRIPTION_WORDS = 3;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final DescriptionFit fit;
    private final TitledPeople titled;
    private final NameIndex names;
    private final LedeBlocks lede;
    /** The one holder of each title asked for, found once: a long text may repeat a description many times. */
    private final Map<String, Holder> holders = new HashMap<>();

    private record Holder(String person, int firstNamed) {
    }

    LedeTitleHolder(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, TitledPeople titled, NameIndex names, LedeBlocks lede) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.fit = fit;
        this.titled = titled;
        this.names = names;
        this.lede = lede;
    }

    /**
     * The person an indefinite or owned description at the top of its story stands for; null if none or several. "A
     * spokesperson", "an aide" are someone's, and any body's: one of them is the person the story names with the title
     * only when the description says whose ("her lawyer", "the country's finance minister", "the chief executive of
     * Norland's third-largest lender").
     */
    String holder(Attribution a) {
        Mention m = a.mention;
        if (m.hasName() || !lede.holds(a)) {
            // Most descriptions of a long text stand below its ledes: asked first, before the patterns and word lists.
            return null;
        }
        // "the chief executive of Norland's third-largest lender": a wire's lede describes the business the body names.
        Matcher business = OF_BUSINESS.matcher(m.text());
        boolean ofBusiness = business.matches() && Businesses.WORDS.contains(business.group(2));
        String text = ofBusiness ? "the " + business.group(1) : m.text();
        Matcher place = PLACE_OWNER.matcher(text);
        boolean placeOwned = place.lookingAt();
        // The place's words count as one owner's word.
        List<String> words = Name.wordsWithTitles(placeOwned ? "its " + text.substring(place.end()) : text);
        String head = DescriptionHeads.headWord(text);
        if (words.size() < 2 || words.size() > DESCRIPTION_WORDS + 1 || !lexicon.roles.contains(head)
                || !(FunctionWords.isIndefinite(text) && oneOffice(head) || OWNERS.contains(words.get(0)) || placeOwned || ofBusiness)
                || !fit.qualifiers(text).isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String title = OWNERS.contains(words.get(0)) && lexicon.titles.roleFits(DEFENSE, lower) ? DEFENSE : head;
        Holder h = holders.computeIfAbsent(title + "|" + lower.substring(lower.indexOf(' ') + 1), k -> find(title, text));
        // The description's own words say its gender, not its owner's ("her lawyer" may be a man).
        Gender gender = Gender.ofTitle(text.substring(text.indexOf(' ') + 1));
        return h == null || h.firstNamed() <= m.start() || gender != null && !gender.fits(names.gender(h.person())) ? null : h.person();
    }

    /**
     * "A prosecutor", "a judge": a title for one office, which a story gives one person. Not a word for several offices
     * ("a campaign official", "a politician") nor one of those held for someone ("a spokesperson", "an aide").
     */
    private boolean oneOffice(String head) {
        return !DescriptionFit.RELATIONAL.contains(head) && !lexicon.titles.hasOtherTitles(head);
    }

    /** The one person the story gives the title, and where the text first names them; null if none or several. */
    private Holder find(String title, String description) {
        String found = null;
        for (Name n : titled.people()) {
            String own = ownTitle(n.role());
            if (n.kind() == SpeakerKind.PERSON && !own.isEmpty() && lexicon.titles.roleFits(title, own) && fit.holdsOffice(description, own)) {
                String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
                if (found != null && !found.equals(person)) {
                    return null;
                }
                found = person;
            }
        }
        if (found == null) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        for (Name n : doc.names) {
            if (n.offset() < first && n.kind() == SpeakerKind.PERSON && names.expand(n.text(), SpeakerKind.PERSON, n.offset()).equals(found)) {
                first = n.offset();
            }
        }
        return new Holder(found, first);
    }

    /**
     * The title a role opens with, before its first preposition, lower case: "spokeswoman" of "spokeswoman for the
     * district attorney's office", who is no attorney.
     */
    private static String ownTitle(String role) {
        List<String> words = Name.words(role);
        int end = 0;
        while (end < words.size() && !DescriptionHeads.isHeadEnder(words.get(end))) {
            end++;
        }
        return String.join(" ", words.subList(0, end));
    }
}
