package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 43: a newspaper's business described between its name and its statements: "the firm they built,
 * Parcelwise," makes Parcelwise a business (`Businesses.CLAUSE_BEFORE`), "The Dunmore startup matches ... It says" is
 * that startup (`BodySubjects`: a capitalised place word and a bare trade word), and "The company, which employs 60
 * people, says" is it too.
 */
class DescribedBodyBetweenTest {

    private static final String STORY = """
            Courier app raises $20 million

            Two former drivers started it in a garage in 2029. This month the firm they built, Parcelwise, closed a \
            funding round that values it at $90 million.

            The Dunmore startup matches small shops with couriers who carry parcels on bicycles. It says it now \
            handles 9,000 deliveries a day.

            "Shops hate waiting for vans," Ilka Moranti, a co-founder, said.

            Rivals say a new licence fee would hurt smaller couriers more than one of Parcelwise's size.

            The company, which employs 60 people, says it will open in two more cities next spring.
            """;

    @Test
    void itAfterADescribedStartupIsTheBodyNamedBefore() {
        assertSpeaker(extract(STORY), "it now handles 9,000 deliveries a day", "Parcelwise");
    }

    @Test
    void theCompanyPastItsRelativeClauseIsTheBodyToo() {
        assertSpeaker(extract(STORY), "it will open in two more cities next spring", "Parcelwise");
    }

    /** A title with a place word is a person's, no body: "It" does not take "The Dunmore mayor". */
    @Test
    void aPlaceWordBeforeAPersonsTitleMakesNoBody() {
        AnnotatedDocument doc = extract("""
                Bridge to close

                The Dunmore mayor opened the bridge in 2010. It says it would last a century, the plaque reads.
                """);
        doc.attributions.stream().filter(a -> a.content(doc.text).contains("last a century"))
                .forEach(a -> assertNotEquals("The Dunmore mayor", a.speaker));
    }
}
