package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: round 38's speaker rules widened to the general shape set V's paraphrases showed
 * they missed (another kin word, another title, a plural's possessive, a scene opened by a noun).
 */
class ParaphrasedSpeakersTest {

    /**
     * "Warden" is a man's first name too; before a first name and a surname it is a title, which gives no gender (the
     * title stays in the canonical name: "warden" is no role word, or "Dean Baker" would lose his first name).
     */
    @Test
    void aTitleThatIsAlsoAMansFirstNameGivesNoGender() {
        AnnotatedDocument doc = extract("""
                Prison kitchen reopens

                By Ann Pellworth

                Warden Ebbe Tolliver-Nash reopened the kitchen at the Harrow Road jail on Friday, three months after \
                inspectors led by Marta Lindqvist closed it.

                "We fed 300 men from a van for four months," she said.
                """);
        assertSpeaker(doc, "\"We fed 300 men from a van for four months,\"", "Warden Ebbe Tolliver-Nash");
    }

    /** "Dean Baker" of two words stays a man named Dean. */
    @Test
    void aTitleWordBeforeASurnameAloneStaysAFirstName() {
        AnnotatedDocument doc = extract("""
                Dean Harrowgate, an economist at the Kelm Institute, spoke after Mirja Solberg. "The figures are weak," he said.
                """);
        assertSpeaker(doc, "\"The figures are weak,\"", "Dean Harrowgate");
    }

    /** "X's grandfather, Y, ... His granddaughter": the kin word read the other way, past the first list of kin. */
    @Test
    void aGrandparentNamedForAGrandchildMakesTheGrandchildHisGranddaughter() {
        AnnotatedDocument doc = extract("""
                The forge on Mill Lane

                By Ann Pellworth

                Idony Brackwell-Shaw, 39, runs the forge her family has run since 1921.

                Brackwell-Shaw's grandfather, Ambrose Brackwell, built the chimney by hand. He died in 1988. His \
                granddaughter says the chimney has never needed a repair.
                """);
        assertSpeaker(doc, "the chimney has never needed a repair", "Idony Brackwell-Shaw");
    }

    /** "Voss' husband, Y, ... His widow": a name's possessive written with the apostrophe alone, and a widow for a wife. */
    @Test
    void aHusbandNamedForHisWifeMakesHerHisWidow() {
        AnnotatedDocument doc = extract("""
                The boatyard

                By Ann Pellworth

                Liesl Marrow-Voss, 70, still opens the boatyard at seven.

                Marrow-Voss' husband, Caspar Voss, bought the yard in 1979. He died in 2019. His widow says she has \
                no plans to sell.
                """);
        assertSpeaker(doc, "she has no plans to sell", "Liesl Marrow-Voss");
    }

    /** "X, flour on his sleeves, waved": a noun and a preposition before the subject's possessive open a scene of his. */
    @Test
    void aSceneOpenedByANounBeforeTheSubjectsPossessiveKeepsTheSubject() {
        AnnotatedDocument doc = extract("""
                Market day

                By Ann Pellworth

                Joss Ambley-Kerr, 58, sells cheese at the Saturday market. His brother-in-law, Piet Lorne, runs the stall \
                next to his.

                Ambley-Kerr, cap in his hand, greeted a regular. "Nobody comes for the cheese alone," he said.
                """);
        assertSpeaker(doc, "\"Nobody comes for the cheese alone,\"", "Joss Ambley-Kerr");
    }

    /** "The visitors' goalkeeper Mats Lund, who ..., waved": a noun's possessive after "The" opens the description. */
    @Test
    void aNounsPossessiveAndANounBeforeANameAreATitle() {
        AnnotatedDocument doc = extract("""
                Tarrow won the hockey final 4-3 on Sunday.

                Tarrow coach Anders Felt said the club would celebrate on Monday. "We deserved it," he said.

                The visitors' captain Olle Brannvik, who scored twice, sat on the ice after the buzzer. "I have nothing left," \
                he said.

                The club's goalkeeper Sten Ravn, who saved a penalty shot, waved to the crowd. "Next year," he promised.
                """);
        assertSpeaker(doc, "\"I have nothing left,\"", "Olle Brannvik");
        assertSpeaker(doc, "\"Next year,\"", "Sten Ravn");
    }

    /** "The Orrin twins, Ada and Liv," names a pair as "Her sons, A and B," does: a family name and "twins" too. */
    @Test
    void aFamilysTwinsNamedInAppositionSpeakAsThePair() {
        AnnotatedDocument doc = extract("""
                The Orrin twins, Signe and Malin, have rowed the Kelm regatta since 2015. The twins said the river had \
                never been so low.
                """);
        assertSpeaker(doc, "the river had never been so low", "Signe and Malin");
    }

    /** "hired a new captain on Monday, Maren Holt,": a day or month between the description and the name it introduces. */
    @Test
    void aPersonIntroducedAfterATimeTakesTheNextPronoun() {
        AnnotatedDocument doc = extract("""
                Lotte Brandvik chairs the Kelm ferry board. The board hired a new harbour master in June, Ysolde \
                Quarrington, who ran the Tessby port for a decade. She said the night ferries would return in May.
                """);
        assertSpeaker(doc, "the night ferries would return in May", "Ysolde Quarrington");
    }

    /** "Tarnland's consul in Kelm, X,": a title held in a place, set off before the name, is its role for "The consul". */
    @Test
    void aTitleHeldInAPlaceBeforeTheNameIsItsRole() {
        AnnotatedDocument doc = extract("""
                Tarnland's consul in Kelm, Orrin Vashtelle, opened the book fair on Saturday with the mayor, Ada Lind.

                The consul said Tarnland would bring forty publishers next year.
                """);
        assertSpeaker(doc, "Tarnland would bring forty publishers next year", "Orrin Vashtelle");
    }

    /**
     * "The councillor said she": the pronoun prefers the councillor whose first name shows a woman to a nearer one
     * whose first name shows nothing.
     */
    @Test
    void theContentsPronounPrefersAHolderWhoseNameShowsItsGender() {
        AnnotatedDocument doc = extract("""
                Pool vote

                By Ann Pellworth

                Councillor Maren Vollset, who chairs the leisure committee, voted to keep the pool open. Councillor Orrik \
                Tansby voted to close it.

                The councillor said she would ask for a second vote in March.
                """);
        assertSpeaker(doc, "she would ask for a second vote in March", "Maren Vollset");
    }

    /** "According to his calculations,": a man's own reckoning, though "calculations" is on no list of documents. */
    @Test
    void accordingToHisCalculationsIsHis() {
        AnnotatedDocument doc = extract("""
                Engineer Tobias Renvall of the Kelm Roads Office counts the cars on the bridge every spring. According to \
                his calculations, traffic fell by a fifth.
                """);
        assertSpeaker(doc, "traffic fell by a fifth", "Tobias Renvall");
    }

    /** "The line will be run by Tessby Rail": what runs a thing is a business, which "The company" then is. */
    @Test
    void whatRunsAThingIsTheCompany() {
        AnnotatedDocument doc = extract("""
                KELM, May 2 (Halyard) - The new Kelm tram line will open in June, the Kelm Transit Fund said on Monday.

                The line will be run by Tessby Rail. The company said it would hire 80 drivers.
                """);
        assertSpeaker(doc, "it would hire 80 drivers", "Tessby Rail");
    }

    /**
     * "the Executive Secretary of the ... (ABC), Dr. X,": a title whose first word is a role of its own ("executive")
     * stands for its whole wording too, and a rank ("Captain") may open the name as an honorific does.
     */
    @Test
    void aCapitalisedTitleWithAnAcronymIsTheNamesByItsWholeWording() {
        AnnotatedDocument doc = extract("""
                The Minister of Health, Odile Brask, toured the Kelm clinic with the Executive Secretary of the Coastal \
                Clinics Network (CCN), Dr. Tamsin Ollivander, on Monday.

                The Executive Secretary said the network would open two more clinics.

                The minister visited the port with the Director-General of the Kelm Port Agency (KPA), Captain Rufus Vennick.

                The Director-General said the agency would dredge the channel in May.
                """);
        assertSpeaker(doc, "the network would open two more clinics", "Tamsin Ollivander");
        assertSpeaker(doc, "the agency would dredge the channel in May", "Rufus Vennick");
    }
}
