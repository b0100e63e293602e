package kg.actionplan.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(PlanImportDisabledTest.ImportDisabled.class)
class PlanImportDisabledTest {

    /**
     * A deployment with the default setting: plans can only be imported once configuration allows it.
     */
    public static class ImportDisabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.plan-import.enabled", "false");
        }
    }

    @Test
    void importIsRefusedUnlessConfigurationEnablesIt() {
        given()
                .contentType(ContentType.JSON)
                .body(PlanDocuments.minimal("import-while-disabled").toString())
                .when().post("/api/v1/plans")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tracker:problem:operation-disabled"));

        given().when().get("/api/v1/plans/import-while-disabled").then().statusCode(404);
    }
}
