package kg.actionplan.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.LongSupplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.agency.AgencyRepository;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    PlanImportService importer;

    @Inject
    PlanRepository plans;

    @Inject
    MeasureRepository measures;

    @Inject
    AgencyRepository agencies;

    @Inject
    EntityManager entityManager;

    @Test
    void loadingTheSeedAgainDuplicatesNothing() {
        long planCount = count(plans::count);
        long measureCount = count(measures::count);
        long agencyCount = count(agencies::count);

        assertEquals(PlanImportService.Outcome.ALREADY_PRESENT, importer.importIfAbsent(PlanDocuments.seed()));
        assertEquals(PlanImportService.Outcome.ALREADY_PRESENT, importer.importIfAbsent(PlanDocuments.seed()));

        assertEquals(planCount, count(plans::count));
        assertEquals(measureCount, count(measures::count));
        assertEquals(agencyCount, count(agencies::count));
    }

    @Test
    void loadingADocumentAgainKeepsWhatWasEditedInTheService() {
        ObjectNode document = PlanDocuments.minimal("seed-keeps-edits");
        ObjectNode agency = document.withArray("agencies").addObject().put("code", "EDITAG");
        agency.set("name", localized("Original"));
        agency.set("abbreviation", localized("OR"));
        assertEquals(PlanImportService.Outcome.CREATED, importer.importIfAbsent(document));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update agency set name_en = 'Edited in the service' where code = 'EDITAG'")
                .executeUpdate());

        assertEquals(PlanImportService.Outcome.ALREADY_PRESENT, importer.importIfAbsent(document));

        given()
                .when().get("/api/v1/agencies/EDITAG")
                .then().statusCode(200)
                .body("name.en", equalTo("Edited in the service"));
    }

    private static long count(LongSupplier counter) {
        return QuarkusTransaction.requiringNew().call(counter::getAsLong);
    }

    private static ObjectNode localized(String text) {
        return new ObjectMapper().createObjectNode().put("ky", text).put("ru", text).put("en", text);
    }
}
