package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Three brokerage firms, including Hallam and Rhee, said": a counted group with one member named in its aside speaks
 * as the group, not as the member the aside names (the others say it too); so does an open one, "Environmental
 * organisations, including Coastwatch, supported". Part of {@link ResolutionStage}.
 */
final class IncludedMember {

    /** The counted plural before ", including": "Three brokerage firms", "Several unions". */
    private static final Pattern GROUP = Pattern.compile("((\\p{L}+) (?:[\\p{L}-]+ ){0,2}\\p{Ll}+s), including \\S.*", Pattern.DOTALL);
    /** Words that count a group: a number word, "several", "many", "some". */
    private static final Set<String> COUNTS = WordSet.union(List.of(FunctionWords.NUMBER_WORDS), "several", "many", "some");

    private IncludedMember() {
    }

    /**
     * "Environmental organisations", "Angling clubs": a kind of body or person named by a bare plural with its
     * modifier, no article and no preposition, an open group as a counted one is.
     */
    private static boolean kindNamed(String group) {
        List<String> words = List.of(group.toLowerCase(Locale.ROOT).split(" "));
        return words.size() == 2 && !FunctionWords.DETERMINERS.contains(words.get(0)) && !FunctionWords.NP_BREAKERS.contains(words.get(0));
    }

    /** Sets {@code a}'s speaker to the counted group when its mention names the member after "including". */
    static void apply(Attribution a) {
        if (a.mention == null || !a.mention.hasName() || a.speaker == null || a.mention.text().indexOf(", including ") < 0) {
            return;
        }
        Matcher m = GROUP.matcher(a.mention.text());
        if (m.matches() && (COUNTS.contains(m.group(2).toLowerCase(Locale.ROOT)) || kindNamed(m.group(1)))) {
            a.speaker = m.group(1);
            a.role = "";
            a.kind = SpeakerKind.GROUP;
        }
    }
}
