package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A description with no article opening its block is headline grammar (issue 10): a deck that ends with its
 * quotation reads as a paragraph, a wire story's deck is a list of bullets, and either names the one person the
 * story gives that title.
 */
class HeadlineGrammarTest {

    @Test
    void aDeckClosedByItsQuotationNamesTheTitledPerson() {
        String story = """
                Harbour pilot jailed for two years over ferry collision

                Judge calls the pilot's conduct ‘reckless from start to finish’

                By Anna Lie

                TOLVIK — A harbour pilot who steered a cargo ship into a moored ferry while drunk was sentenced on \
                Monday to two years in prison.

                District Judge Maren Tveit said the pilot had ignored two warnings from the port's radar station.

                The pilot's lawyer, Ola Brekke, said his client would appeal.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Maren Tveit", statement(doc, "the pilot's conduct ‘reckless from start to finish’").speaker);
    }

    @Test
    void aWireBulletNamesTheTitledPerson() {
        String story = """
                UPDATE 1-Fishing talks with Norvik near a deal, Tolvik says

                * Negotiator says quota deal could be signed in May
                * Fishermen's groups urge government to hold firm

                By Anna Lie

                TOLVIK, March 3 (Northwire) - Tolvik and Norvik are close to a deal on cod quotas, officials said on \
                Tuesday.

                "We are closer than at any time in five years," the chief negotiator, Per Lunde, told reporters.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Per Lunde", statement(doc, "quota deal could be signed in May").speaker);
    }

    /** Prose opens with an article or a name: "The judge said" in the story's body is no deck. */
    @Test
    void aBodyParagraphsDescriptionIsNoDeck() {
        String story = """
                Harbour pilot jailed for two years

                By Anna Lie

                TOLVIK — A harbour pilot was sentenced on Monday to two years in prison, District Judge Maren Tveit \
                ruled.

                Judge Ivar Holm, who heard the pilot's first appeal, said the case was closed.

                The judge said the ruling would stand.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Ivar Holm", statement(doc, "the ruling would stand").speaker);
    }
}
