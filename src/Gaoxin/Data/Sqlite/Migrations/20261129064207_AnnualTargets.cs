using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnnualTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    FaiPlanFen = table.Column<long>(type: "INTEGER", nullable: true),
                    FaiPlanGrowthPercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    FaiStretchFen = table.Column<long>(type: "INTEGER", nullable: true),
                    FaiStretchGrowthPercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    BigProjectCount = table.Column<int>(type: "INTEGER", nullable: true),
                    BigProjectTotalFen = table.Column<long>(type: "INTEGER", nullable: true),
                    BigProjectPlannedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    CityKeyCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ProvincialKeyCount = table.Column<int>(type: "INTEGER", nullable: true),
                    SigningCount = table.Column<int>(type: "INTEGER", nullable: true),
                    SigningAmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualTargets_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualTargets_ZoneId_Year",
                table: "AnnualTargets",
                columns: new[] { "ZoneId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualTargets");
        }
    }
}
