using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ServicesTalentChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Carriers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AreaSquareMeters = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Operator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carriers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Carriers_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Chains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ChiefName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ChiefUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    MemberUnits = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WeakWithoutLeader = table.Column<bool>(type: "boolean", nullable: false),
                    WeakBelowSharePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Chains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Chains_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RaisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Handler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LimitWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "UniversityCentres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Partner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UniversityCentres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UniversityCentres_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_UniversityCentres_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Incubatees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarrierId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MovedInOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AreaSquareMeters = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    GraduatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GraduationBasis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ExitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExitReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incubatees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Incubatees_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Incubatees_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ChainLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Upstream = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    KeyProducts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainLinks_Chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "Chains",
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
                name: "ChainPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainPlacements_ChainLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "ChainLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainPlacements_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainPlacements_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChainId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Candidates = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LeadProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsSampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentTargets_ChainLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "ChainLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestmentTargets_Projects_LeadProjectId",
                        column: x => x.LeadProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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
                name: "IX_Carriers_ZoneId_Name",
                table: "Carriers",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainLinks_ChainId",
                table: "ChainLinks",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainLinks_ZoneId_ChainId_Code",
                table: "ChainLinks",
                columns: new[] { "ZoneId", "ChainId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_EnterpriseId",
                table: "ChainPlacements",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_LinkId_EnterpriseId",
                table: "ChainPlacements",
                columns: new[] { "LinkId", "EnterpriseId" },
                unique: true,
                filter: "\"EnterpriseId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_LinkId_ProjectId",
                table: "ChainPlacements",
                columns: new[] { "LinkId", "ProjectId" },
                unique: true,
                filter: "\"ProjectId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_ProjectId",
                table: "ChainPlacements",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainPlacements_ZoneId_ChainId_LinkId",
                table: "ChainPlacements",
                columns: new[] { "ZoneId", "ChainId", "LinkId" });

            migrationBuilder.CreateIndex(
                name: "IX_Chains_ZoneId_Code",
                table: "Chains",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incubatees_CarrierId",
                table: "Incubatees",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_Incubatees_EnterpriseId",
                table: "Incubatees",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Incubatees_ZoneId_CarrierId",
                table: "Incubatees",
                columns: new[] { "ZoneId", "CarrierId" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTargets_LeadProjectId",
                table: "InvestmentTargets",
                column: "LeadProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTargets_LinkId",
                table: "InvestmentTargets",
                column: "LinkId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTargets_ZoneId_ChainId_Status",
                table: "InvestmentTargets",
                columns: new[] { "ZoneId", "ChainId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_DepartmentId",
                table: "ServiceRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_EnterpriseId",
                table: "ServiceRequests",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ZoneId_DueOn",
                table: "ServiceRequests",
                columns: new[] { "ZoneId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ZoneId_RaisedOn",
                table: "ServiceRequests",
                columns: new[] { "ZoneId", "RaisedOn" });

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

            migrationBuilder.CreateIndex(
                name: "IX_UniversityCentres_EnterpriseId",
                table: "UniversityCentres",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_UniversityCentres_ZoneId_Name",
                table: "UniversityCentres",
                columns: new[] { "ZoneId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChainPlacements");

            migrationBuilder.DropTable(
                name: "Incubatees");

            migrationBuilder.DropTable(
                name: "InvestmentTargets");

            migrationBuilder.DropTable(
                name: "ServiceRequests");

            migrationBuilder.DropTable(
                name: "TalentEngagements");

            migrationBuilder.DropTable(
                name: "TalentMatchOutcomes");

            migrationBuilder.DropTable(
                name: "TalentSupportItems");

            migrationBuilder.DropTable(
                name: "TalentTargets");

            migrationBuilder.DropTable(
                name: "UniversityCentres");

            migrationBuilder.DropTable(
                name: "Carriers");

            migrationBuilder.DropTable(
                name: "ChainLinks");

            migrationBuilder.DropTable(
                name: "TalentNeeds");

            migrationBuilder.DropTable(
                name: "TalentEnrolments");

            migrationBuilder.DropTable(
                name: "Chains");

            migrationBuilder.DropTable(
                name: "TalentPeople");

            migrationBuilder.DropTable(
                name: "TalentProgrammes");
        }
    }
}
