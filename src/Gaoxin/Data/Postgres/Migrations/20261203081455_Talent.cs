using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Talent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TalentNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WantedTitle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    PostedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentNeeds_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalentNeeds_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TalentPeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Degree = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Fields = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: true),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentPeople_Enterprises_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TalentPeople_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TalentProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentProgrammes_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TalentTargets",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Introduced = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentTargets", x => new { x.ZoneId, x.Year });
                    table.ForeignKey(
                        name: "FK_TalentTargets_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalentEngagements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HostEnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentEngagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentEngagements_Enterprises_HostEnterpriseId",
                        column: x => x.HostEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalentEngagements_TalentPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "TalentPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalentMatchOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    NeedId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentMatchOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentMatchOutcomes_TalentNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "TalentNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalentMatchOutcomes_TalentPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "TalentPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalentEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentEnrolments_TalentPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "TalentPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalentEnrolments_TalentProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "TalentProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TalentSupportItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentSupportItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentSupportItems_TalentEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TalentEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TalentEngagements_HostEnterpriseId",
                table: "TalentEngagements",
                column: "HostEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentEngagements_PersonId",
                table: "TalentEngagements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentEngagements_ZoneId_HostEnterpriseId",
                table: "TalentEngagements",
                columns: new[] { "ZoneId", "HostEnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentEnrolments_PersonId_ProgrammeId",
                table: "TalentEnrolments",
                columns: new[] { "PersonId", "ProgrammeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalentEnrolments_ProgrammeId",
                table: "TalentEnrolments",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentEnrolments_ZoneId_EnrolledOn",
                table: "TalentEnrolments",
                columns: new[] { "ZoneId", "EnrolledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentMatchOutcomes_NeedId_PersonId",
                table: "TalentMatchOutcomes",
                columns: new[] { "NeedId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentMatchOutcomes_PersonId",
                table: "TalentMatchOutcomes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentMatchOutcomes_ZoneId_EnterpriseId",
                table: "TalentMatchOutcomes",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentNeeds_EnterpriseId",
                table: "TalentNeeds",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentNeeds_ZoneId_Deadline",
                table: "TalentNeeds",
                columns: new[] { "ZoneId", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentPeople_EmployerId",
                table: "TalentPeople",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentPeople_ZoneId_Name",
                table: "TalentPeople",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentPeople_ZoneId_Title",
                table: "TalentPeople",
                columns: new[] { "ZoneId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentProgrammes_ZoneId_Name",
                table: "TalentProgrammes",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalentSupportItems_EnrolmentId",
                table: "TalentSupportItems",
                column: "EnrolmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TalentEngagements");

            migrationBuilder.DropTable(
                name: "TalentMatchOutcomes");

            migrationBuilder.DropTable(
                name: "TalentSupportItems");

            migrationBuilder.DropTable(
                name: "TalentTargets");

            migrationBuilder.DropTable(
                name: "TalentNeeds");

            migrationBuilder.DropTable(
                name: "TalentEnrolments");

            migrationBuilder.DropTable(
                name: "TalentPeople");

            migrationBuilder.DropTable(
                name: "TalentProgrammes");
        }
    }
}
