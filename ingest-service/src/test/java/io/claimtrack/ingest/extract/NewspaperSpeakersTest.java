package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-eighth round: who speaks in North American newspaper articles (set T's newspapers and those of
 * A-S, each kind tried on invented text).
 */
class NewspaperSpeakersTest {

    /** "Mayor" is on the list of men's first names: before a name whose first name shows no gender it is a title. */
    @Test
    void aTitleBeforeTheNameIsNoMansFirstName() {
        AnnotatedDocument doc = extract("""
                Council drops bus deal

                By Tom Pellworth

                Milbrook council voted 7-2 Monday to end its bus contract with Ridgeway Coaches.

                Mayor Odrune Vasketh-Pallow, who had praised the contract in June, told council the city had "failed \
                riders" and needed a new plan.

                "I own that. We trusted them," she said. "It will not happen again."
                """);
        assertSpeaker(doc, "\"I own that. We trusted them,\"", "Odrune Vasketh-Pallow");
        assertSpeaker(doc, "\"It will not happen again.\"", "Odrune Vasketh-Pallow");
    }

    /**
     * A first name on no list opening the lede before a hyphenated surname stays part of the name, so the surname alone
     * later is the same person and "His attorney" goes through him to the lawyer named for him, not to the lawyer
     * named last for a co-defendant.
     */
    @Test
    void aPossessiveRoleGoesThroughItsPossessorToTheLawyerNamedForHim() {
        AnnotatedDocument doc = extract("""
                Pharmacist sentenced

                By Ann Pellworth

                Orvil Denkamp-Tesslow, 51, pleaded guilty in February to fraud. He had faced up to 20 years.

                Denkamp-Tesslow's attorney, Marisska Quellbrandt-Oye, said her client had taken on debt.

                The two middlemen, Harl Venmoor and Joss Pettrick-Laine, have pleaded guilty. Venmoor's lawyer, Tobin \
                Aschgrove, said his client had been "a courier, not a partner" and would ask for probation.

                Judge Rhoswen Valcartier-Nye ordered Denkamp-Tesslow to report to prison by Aug. 15. His attorney said he \
                would not appeal.
                """);
        assertSpeaker(doc, "guilty in February to fraud", "Orvil Denkamp-Tesslow");
        assertSpeaker(doc, "he would not appeal", "Marisska Quellbrandt-Oye");
    }

    /**
     * "X, his voice breaking, apologized": a scene the subject's own possessive opens between the subject and its verb
     * leaves the sentence X's, so the "he said" that follows is X's, not the prosecutor's who spoke before.
     */
    @Test
    void aSceneOpenedByTheSubjectsPossessiveKeepsTheSubject() {
        AnnotatedDocument doc = extract("""
                Pharmacist sentenced

                By Ann Pellworth

                Orvil Tesslow, 51, pleaded guilty in February to fraud.

                Assistant U.S. Attorney Calder Ymsworth argued that the pills had reached "hundreds" of buyers. He asked \
                for eight years.

                Tesslow, his voice breaking, apologized to the families in the courtroom. "I think about the people every \
                day," he said.
                """);
        assertSpeaker(doc, "\"I think about the people every day,\"", "Orvil Tesslow");
    }
}
