package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
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

    /**
     * "X's father, Y, ... His daughter remembers": the father's daughter is X, the kin word read the other way; the
     * kin word's own gender ("son") is the holder's, not the possessive's ("Her son" is a man).
     */
    @Test
    void aParentNamedForAChildMakesTheChildHisDaughter() {
        AnnotatedDocument doc = extract("""
                The little station still finds listeners

                By Ann Pellworth

                QUELLTON — The studio is a converted tack room. Marivette Osterbrandt-Lune, 58, adjusts her headphones \
                and leans into the microphone.

                "Good morning, Quellton," she says.

                Osterbrandt-Lune's father, Hollis Osterbrandt, started the station in 1977 with a transmitter he bought \
                from a college in Carlow. He died in 2015. His daughter remembers him sleeping on a cot in the studio \
                during the blizzard of 1993.

                "He thought a town without its own voice was just a place," she said.
                """);
        assertSpeaker(doc, "him sleeping on a cot in the studio during the blizzard of 1993", "Marivette Osterbrandt-Lune");
        assertSpeaker(doc, "\"He thought a town without its own voice was just a place,\"", "Marivette Osterbrandt-Lune");
        AnnotatedDocument obituary = extract("""
                Judge Wenna Calloway dies at 91

                By Ann Pellworth

                Wenna Calloway, the first woman on the county bench, died Saturday. Her death was confirmed by her son, \
                Tobiah Calloway, who said she had been ill since spring.

                She retired in 2001 and taught at her law school for a decade.

                Her son said she remained sharp until the end.
                """);
        assertSpeaker(obituary, "she remained sharp until the end", "Tobiah Calloway");
    }

    /**
     * A profile's deck gives its subject's office ("Brackwell's first woman harbour chief ..."): "the new chief" below is
     * the person the story names most, though a man it titles "Chief" retired from the job; a place's possessive
     * qualifies the office ("the county's chief medical examiner").
     */
    @Test
    void anOfficeTheDeckGivesIsTheProfilesSubject() {
        AnnotatedDocument doc = extract("""
                'I was the one who got out'

                Brackwell's first woman harbour chief carries a storm from 1998 into every budget meeting

                By Ann Pellworth

                Ysolde Marrant-Quay was nine when the storm took the pier. She has told the story to recruits.

                On Monday, Marrant-Quay, 38, became the first woman to lead the Brackwell Harbour Patrol. She takes over \
                from Chief Osbert Hallowmere, who retired after 11 years.

                Hallowmere hired her in 2009 and said he knew she would run the patrol one day. Deputy Chief Fintan \
                Obradin, who wanted the job, said he had no hard feelings. Obradin said the patrol was in good hands.

                Marrant-Quay said the east pier needed a new station.

                The new chief says she still thinks about the pier on every call.
                """);
        assertSpeaker(doc, "she still thinks about the pier on every call", "Ysolde Marrant-Quay");
        AnnotatedDocument examiner = extract("""
                'The dead deserve the truth'

                After 31 years, Tollard County's medical examiner is hanging up her scrubs

                By Ann Pellworth

                Dr. Ingrith Vasskelund-Obi keeps a folded card in the pocket of her lab coat. On it are six words: "Slow down."

                "I have broken that rule a thousand times," the county's chief medical examiner said last week.

                Vasskelund-Obi, 66, retires on Dec. 31. Vasskelund-Obi came to Tollard County in 1994. Her husband, Lucius \
                Obi, says she fell in love with the work.
                """);
        assertSpeaker(examiner, "\"I have broken that rule a thousand times,\"", "Ingrith Vasskelund-Obi");
    }

    /** "The chief says she": the pronoun opening what a description says gives its gender, passing over a man with the title. */
    @Test
    void thePronounOpeningTheContentGivesTheDescriptionsGender() {
        AnnotatedDocument doc = extract("""
                Harbour patrol

                By Ann Pellworth

                Harbour Chief Ysolde Marrant-Quay opened the new station on Monday. Chief Osbert Hallowmere, who retired \
                in May, cut the ribbon.

                The chief says she will ask council for two more boats.
                """);
        assertSpeaker(doc, "she will ask council for two more boats", "Ysolde Marrant-Quay");
    }

    /** A sign placed where a few words say ("a handwritten sign on the door read") bears words: no statement, as "signs reading". */
    @Test
    void aSignOnTheDoorReadIsNoStatement() {
        assertOnlyStatement("""
                Union fights cuts

                By Ann Pellworth

                "They said it, and now they do the opposite," Tobin Ashgrove said in an interview at the union hall, where a \
                handwritten sign on the door read "Members meeting 7 p.m."
                """, "\"They said it, and now they do the opposite,\"", "Tobin Ashgrove");
    }
}
