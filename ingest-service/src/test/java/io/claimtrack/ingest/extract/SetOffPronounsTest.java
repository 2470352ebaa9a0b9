package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pronouns that stand apart from a clause's subject: "According to her, ..." and "According to him, ..." after the
 * person was named, "Her figures show", and a "she said" set off inside a named person's own statement.
 */
class SetOffPronounsTest {

    @Test
    void accordingToHerOrHimIsThePersonNamedBefore() {
        AnnotatedDocument doc = extract("""
                Ports plan

                Minister Ulla Brandt-Nokes spoke on Monday. According to her, traffic on the route reached 41 million \
                tonnes last year.

                Mayor Piet Lund-Ojala spoke after her. According to him, the port is full.
                """);
        assertSpeaker(doc, "traffic on the route reached 41 million tonnes last year", "Ulla Brandt-Nokes");
        assertSpeaker(doc, "the port is full", "Piet Lund-Ojala");
    }

    @Test
    void herBeforeItsNounStaysThePhrase() {
        AnnotatedDocument doc = extract("""
                Ports plan

                Minister Ulla Brandt-Nokes spoke on Monday. According to her "harbour first" plan, the port will \
                double its berths.
                """);
        assertSpeaker(doc, "the port will double its berths", "her \"harbour first\" plan");
    }

    /** A person's own figures speak for her, as "by his own count" is his; her report stays as named. */
    @Test
    void herFiguresAreHers() {
        String text = """
                Budget gap widens

                Treasurer Mirela Okonjo-Strand presented the accounts on Tuesday. Her figures show the city spent 14 \
                percent more on road repairs than planned.
                """;
        assertSpeaker(extract(text), "the city spent 14 percent more on road repairs than planned", "Mirela Okonjo-Strand");
        assertSpeaker(extract(text.replace("Her figures show", "Her report shows")),
                "the city spent 14 percent more on road repairs than planned", "Her report");
    }

    @Test
    void sheSaidSetOffInsideANamedStatementIsItsSpeaker() {
        AnnotatedDocument doc = extract("""
                Hives lost

                Members first blamed the cold. But the club's president, Rosaura Vint, said inspections showed most \
                hives had died with honey left, a sign, she said, that mites had weakened them.
                """);
        assertSpeaker(doc, "inspections showed most hives had died with honey left, a sign, she said, that mites had weakened them",
                "Rosaura Vint");
        assertEquals(List.of("Rosaura Vint"), pronounSpeakers(doc));
    }

    /** A scraped page's no-break spaces around the set-off pronoun and its cue are spaces like any other. */
    @Test
    void aSetOffPronounBetweenNoBreakSpacesIsTheSpeakerToo() {
        AnnotatedDocument doc = extract("""
                Hives lost

                Members first blamed the cold. But the club's president, Rosaura Vint, said inspections showed most \
                hives had died with honey left, a sign,\u00a0she said,\u00a0that mites had weakened them.
                """);
        assertEquals(List.of("Rosaura Vint"), pronounSpeakers(doc));
    }

    @Test
    void aSetOffPronounOfTheOtherGenderIsNotTheSpeaker() {
        AnnotatedDocument doc = extract("""
                Hives lost

                Members first blamed the cold. But the club's president, Maria Vint, said inspections showed most \
                hives had died with honey left, a sign, he said, that mites had weakened them.
                """);
        assertEquals(List.of("he"), pronounSpeakers(doc));
    }

    private static List<String> pronounSpeakers(AnnotatedDocument doc) {
        return doc.attributions.stream().filter(a -> a.mention != null && a.mention.isPronoun()).map(a -> a.speaker).toList();
    }
}
