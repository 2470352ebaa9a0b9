package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Talks between Castrovia and Merant", "the partnership between Norhaven and Orvania", "the Ismar-Tervonia border
 * clash", "Joint Statement of the Government of Castrovia and the Government of Merant", "Norvia expelled four envoys
 * from Calder" (a tit-for-tat expulsion is the two states' row): the two parties an opening names as a pair, as "Castrovia and Merant", for the story's "the two governments",
 * "both countries" and, when no two people met, its "both sides". Found once per document by {@link JointSides}.
 */
final class NamedParties {

    static final NamedParties NONE = new NamedParties(null);

    /** A party's name: one or two capitalised words ("Castrovia", "North Varn"). */
    private static final String PARTY = "(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)";
    /** What two parties have between them: talks, a partnership, a dispute, a border. */
    private static final String BETWEEN_THEM = "(?i:talks|negotiations|partnership|relations|ties|dispute|conflict|clash|war|border)";
    private static final Pattern HYPHENED = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}]+)-(\\p{Lu}[\\p{L}]+) (?:(?i:border) )?" + BETWEEN_THEM + "\\b");
    /** Who a state expels: its envoys, diplomats, ambassador, embassy staff. */
    private static final String ENVOYS = "(?:envoys?|diplomats?|ambassadors?|attach(?:é|e)s?|consuls?|embassy staff)";
    /**
     * "Norvia expelled Calder's envoys", "Norvia has expelled two of Calder's diplomats", "Norvia on Monday ordered Calder's
     * ambassador to leave": the state that expels, then the other.
     */
    private static final Pattern EXPELS_OWNED = Pattern.compile("(?<![\\p{L}-])" + PARTY + " (?:on \\p{Lu}\\p{Ll}+ )?(?:has |have )?(?:expelled|expels|expelling|ordered) (?:\\p{Ll}+ (?:of )?)?"
            + PARTY + "['’]s (?:\\p{Ll}+ )?" + ENVOYS + "\\b");
    /** "Norvia expelled four envoys from Calder", "Norvia expels the ambassador of Calder": the same, the other named after. */
    private static final Pattern EXPELS_FROM = Pattern.compile("(?<![\\p{L}-])" + PARTY + " (?:has |have )?(?:expelled|expels|expelling) (?:\\p{Ll}+ ){0,2}"
            + ENVOYS + " (?:from|of) (?:the )?" + PARTY + "(?![\\p{L}])");
    /**
     * The first letters of the offices below, tried before the rest: their searches read a whole opening (a lede may run
     * on for a page), and a word boundary and each office tried at every offset cost more than the rest of the stage.
     */
    private static final String OFFICE_INITIAL = "(?=[GgPpLlFfMmHhKkQqEe])";
    /** One office of a state. */
    private static final String OFFICE = "(?i:government|president|prime minister|foreign minister|minister of foreign affairs|head of state"
            + "|head of government|king|queen|emir)";
    /** A party with its state's formal name: "the Republic of Veland", "Suria". */
    private static final String STATE = "(?:the )?(?:(?:Republic|Kingdom|State|Federation|Principality) of )?(?:the )?" + PARTY;
    /** "Talks between Vallmark and Osteria", "the partnership between the Republic of Vallmark and the Kingdom of Osteria". */
    private static final Pattern BETWEEN = Pattern.compile("\\b" + BETWEEN_THEM + " between " + STATE + " and " + STATE + "(?![\\p{L}])");
    /**
     * "Vallmark and Osteria agreed on Friday to ...", "Vallmark and Osteria are close to a deal": two parties as one subject
     * of what two states do together.
     */
    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}'’-])" + PARTY + " and " + PARTY
            + " (?:have |had |will |would )?(?:agreed|agree|signed|sign|are|were|pledged|pledge|resumed|restored|restore|reached)\\b");
    /** "the Republic of Vallmark", "the Kingdom of Osteria": a state by its formal name. */
    private static final Pattern FORMAL = Pattern.compile("\\b(?:Republic|Kingdom|Federation|Principality) of (?:the )?" + PARTY + "(?![\\p{L}])");
    /** "the Government of Veland and the Government of Suria", "the Prime Ministers of Veland and Suria": each party's office. */
    private static final Pattern OFFICES = Pattern.compile(OFFICE_INITIAL + "\\b(?i:governments?|prime ministers|presidents|leaders|foreign ministers"
            + "|ministers of foreign affairs|heads of state|heads of government) of " + STATE + ",? and (?:the (?i:government) of )?" + STATE + "(?![\\p{L}])");
    /** "the President of the Republic of Veland and the President of Suria": an office of each party. */
    private static final Pattern EACH_OFFICE = Pattern.compile(OFFICE_INITIAL + "\\b" + OFFICE + " of " + STATE + ",? and the " + OFFICE + " of " + STATE + "(?![\\p{L}])");
    /** The party a title names last: "Minister of Foreign Affairs of the Republic of Vestria". */
    private static final Pattern OF_STATE = Pattern.compile("\\bof " + STATE + "(?![\\p{L}])");
    /** "The two governments", "both countries", "both capitals" (their governments): the parties whoever else the story names. */
    private static final Pattern STATES = Pattern.compile("(?i)(?:both(?: the)?|the two) (?:governments|countries|nations|states|capitals)");
    /** "Both sides", "the two parties", "Each side" (blamed the other): the parties when no two people met. */
    private static final Pattern SIDES = Pattern.compile("(?i)(?:both(?: the)?|the(?: two)?) (?:sides|parties)|each side");

    /** The two parties as one speaker; null if the opening names no pair. */
    private final String both;

    private NamedParties(String both) {
        this.both = both;
    }

    /** The first pair the opening names; a pair of people's first names ("between Anna and Ola") is none. */
    static NamedParties in(String opening, Lexicon lexicon) {
        // Each pattern holds a literal no match can lack; an opening without it (a lede that runs on for a whole page)
        // is not tried at every offset.
        Matcher between = BETWEEN.matcher(opening.contains(" between ") ? opening : "");
        Matcher hyphened = HYPHENED.matcher(opening.indexOf('-') >= 0 ? opening : "");
        boolean ofAnd = opening.contains(" of ") && opening.contains(" and ");
        Matcher offices = OFFICES.matcher(ofAnd ? opening : "");
        int at = Integer.MAX_VALUE;
        String both = null;
        Matcher each = EACH_OFFICE.matcher(ofAnd && opening.contains(" and the ") ? opening : "");
        boolean expels = opening.contains(" expel") || opening.contains(" ordered ");
        Matcher owned = EXPELS_OWNED.matcher(expels ? opening : "");
        Matcher from = EXPELS_FROM.matcher(expels ? opening : "");
        Matcher joined = JOINED.matcher(opening.contains(" and ") ? opening : "");
        for (Matcher m : new Matcher[] {between, hyphened, offices, each, owned, from, joined}) {
            while (m.find() && m.start() < at) {
                if (party(m.group(1), lexicon) && party(m.group(2), lexicon) && !m.group(1).equals(m.group(2))) {
                    at = m.start();
                    both = m.group(1) + " and " + m.group(2);
                    break;
                }
            }
        }
        both = both == null ? formal(opening, lexicon) : both;
        return both == null ? NONE : new NamedParties(both);
    }

    /**
     * "The delegation of the Republic of Solmeria ... and the delegation of the Kingdom of Vestrand": when nothing names
     * the pair as such, the first two states the opening gives their formal names, in that order.
     */
    private static String formal(String opening, Lexicon lexicon) {
        Matcher m = FORMAL.matcher(opening.contains(" of ") ? opening : "");
        String first = null;
        while (m.find()) {
            if (!party(m.group(1), lexicon)) {
                continue;
            }
            if (first == null) {
                first = m.group(1);
            } else if (!first.equals(m.group(1))) {
                return first + " and " + m.group(1);
            }
        }
        return null;
    }

    /**
     * These parties, or, when the opening names none, the states the two titles of a joint statement's signers name
     * ("the President of the Republic of Norlandia", "the Prime Minister of Estavia").
     */
    NamedParties orStatesOf(List<String> titles) {
        if (both != null) {
            return this;
        }
        String first = lastState(titles.get(0));
        String second = lastState(titles.get(1));
        return first == null || second == null || first.equals(second) ? this : new NamedParties(first + " and " + second);
    }

    private static String lastState(String title) {
        Matcher m = OF_STATE.matcher(title);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last != null && party(last, Lexicon.get()) ? last : null;
    }

    private static boolean party(String name, Lexicon lexicon) {
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        return !lexicon.isFirstName(first) && !FunctionWords.ARTICLES.contains(first) && !lexicon.isRoleWord(first);
    }

    /** The pair for a mention of it; {@code twoMet} when the opening is a meeting of two people, whose "sides" they are. */
    String speakerFor(String mention, boolean twoMet) {
        if (both == null) {
            return null;
        }
        return STATES.matcher(mention).matches() || !twoMet && SIDES.matcher(mention).matches() ? both : null;
    }
}
