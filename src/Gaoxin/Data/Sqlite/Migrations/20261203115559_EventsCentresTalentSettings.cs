using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventsCentresTalentSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "UniversityCentres",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EnterpriseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Board = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StockCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Investors = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSampleData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseEvents_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalentSettings",
                columns: table => new
                {
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentDepartments = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentSettings", x => x.ZoneId);
                    table.ForeignKey(
                        name: "FK_TalentSettings_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseEvents_EnterpriseId",
                table: "EnterpriseEvents",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseEvents_ZoneId_EnterpriseId_Date",
                table: "EnterpriseEvents",
                columns: new[] { "ZoneId", "EnterpriseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseEvents_ZoneId_Kind_Date",
                table: "EnterpriseEvents",
                columns: new[] { "ZoneId", "Kind", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnterpriseEvents");

            migrationBuilder.DropTable(
                name: "TalentSettings");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "UniversityCentres");
        }
    }
}
