package kg.actionplan.tracker.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi.yaml at the root is the public contract: the running service must describe exactly the same API.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void theServiceAndTheContractFileDescribeTheSameApi() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        JsonNode served = new ObjectMapper().readTree(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());

        List<String> differences = new ArrayList<>();
        compare("", contract, served, differences);

        assertEquals(List.of(), differences, "openapi.yaml and the service disagree. If the change to the API is "
                + "intended, build (./mvnw package) and copy target/openapi/openapi.yaml to openapi.yaml.");
    }

    private static void compare(String pointer, JsonNode contract, JsonNode served, List<String> differences) {
        if (contract == null || served == null || contract.getNodeType() != served.getNodeType()) {
            differences.add(pointer + ": contract has " + describe(contract) + ", service has " + describe(served));
            return;
        }
        if (contract.isObject()) {
            List<String> names = new ArrayList<>();
            contract.fieldNames().forEachRemaining(names::add);
            for (Iterator<String> it = served.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            names.forEach(name -> compare(pointer + "/" + name, contract.get(name), served.get(name), differences));
        } else if (contract.isArray()) {
            for (int i = 0; i < Math.max(contract.size(), served.size()); i++) {
                compare(pointer + "/" + i, contract.get(i), served.get(i), differences);
            }
        } else if (!Objects.equals(contract.asText(), served.asText())) {
            differences.add(pointer + ": contract has " + describe(contract) + ", service has " + describe(served));
        }
    }

    private static String describe(JsonNode node) {
        return node == null ? "nothing" : node.isValueNode() ? "'" + node.asText() + "'" : node.getNodeType().toString();
    }
}
