# Build stage: the Maven wrapper pins Maven 3.9.11; dependencies are fetched before the sources are copied so that
# they stay cached while only code changes. The database kind is fixed at build time (Quarkus builds the datasource
# into the application): h2, or postgresql with --build-arg DB_KIND=postgresql.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY seed-data seed-data
# Declared only here: a different DB_KIND then reuses the cached dependencies.
ARG DB_KIND=h2
RUN ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

# Runtime stage: JRE only, non-root, H2 data in a volume. A PostgreSQL build leaves the volume empty and takes its
# database from QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD in the environment.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app tracker \
    && mkdir -p /app/data \
    && chown -R tracker /app
WORKDIR /app
COPY --from=build --chown=tracker /build/target/quarkus-app/ /app/
USER tracker
VOLUME /app/data
EXPOSE 8080
ENV JAVA_OPTS="-Dquarkus.http.host=0.0.0.0"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
