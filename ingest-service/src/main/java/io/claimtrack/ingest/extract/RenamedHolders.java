package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * "Deputy Minister Ruta Salvenko met Corsavia's ambassador, Henrik Ollendaal-Price. ... Ruta Salvenko informed the guest
 * that A. The ambassador welcomed the decision": a bare description the resolver gave the last speaker, whose own title
 * is another office, is the one person the text gives the description's title. Part of {@link ResolutionStage}, after
 * every description rule, beside {@link OtherFieldHolders}; a holder named only after the description is no one the
 * reader knew.
 */
final class RenamedHolders {

    private RenamedHolders() {
    }

    /** {@code titleOf}: the title (lower case) the text gives a person; {@code holders}: who holds a title. */
    static void apply(AnnotatedDocument doc, Lexicon lexicon, Function<String, String> titleOf, TitleHolders holders) {
        // Where each holder is first named, found once: a long text may rename many descriptions.
        Map<String, Integer> firstNamed = new HashMap<>();
        for (Attribution a : doc.attributions) {
            Mention m = a.mention;
            if (m == null || a.kind != SpeakerKind.PERSON || m.hasName() || m.isPronoun() || a.speaker == null
                    || a.speaker.equals(m.text()) || !bare(m.text(), lexicon)) {
                continue;
            }
            String head = DescriptionHeads.headWord(m.text());
            String office = titleOf.apply(a.speaker);
            if (office.isEmpty() || lexicon.titles.roleFits(head, office)) {
                continue;
            }
            String holder = holders.oneHolder(m.text());
            int first = holder == null || holder.equals(a.speaker) ? -1 : firstNamed.computeIfAbsent(holder, doc.text::indexOf);
            if (first >= 0 && first < m.start()) {
                a.speaker = holder;
            }
        }
    }

    /** "the ambassador": an article and one lower-case role word. */
    private static boolean bare(String text, Lexicon lexicon) {
        int space = text.indexOf(' ');
        String head = text.substring(space + 1);
        return space == 3 && text.regionMatches(true, 0, "the", 0, 3) && head.indexOf(' ') < 0 && !head.isEmpty()
                && Character.isLowerCase(head.charAt(0)) && lexicon.roles.contains(head);
    }
}
